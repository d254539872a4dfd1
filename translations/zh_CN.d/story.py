# 我们的故事 (issue 13): a friend's memories as a book.
ZH = {
    "Our story: %1": "我们的故事：%1",
    "Our story": "我们的故事",
    "Friends since %1": "%1 成为好友",
    "Our Story as a Book": "我们的故事（纪念册）",
    "Our Story as a Book…": "我们的故事（纪念册）…",
    "Every memory the chosen friend took part in, in order, as a printable book": "选中好友参与过的每一条回忆，按时间排好，做成可以打印的纪念册",
    "Instead of a year: 我们的故事, every memory this person (name, remark or QQ number) took part in: keepsake book --person P OUT.pdf.":
        "不按年份，而是做“我们的故事”：这个人（名字、备注或QQ号）参与过的每一条回忆：keepsake book --person P OUT.pdf。",
}
