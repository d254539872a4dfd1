# 装扮 (themes), text size and accessible names (issue 11, h-theme).
ZH = {
    "T&heme": "装扮(&H)",
    "Text &Size": "文字大小(&S)",
    "&Larger": "放大(&L)",
    "&Smaller": "缩小(&S)",
    "&Default Size": "默认大小(&D)",
    "Classic QQ Space": "经典空间",
    "Warm Paper": "暖色纸张",
    "Dark": "深色",
    "High Contrast": "高对比度",
    "Warm paper (brown accents)": "暖色纸张（棕色点缀）",
    "Classic QQ Space (sky blue and yellow)": "经典空间（天蓝配明黄）",
    "Plain black and white": "简洁黑白",
    "Look of the site:": "网页装扮：",
    "Style:": "样式：",
    "Pages": "页面",
    "Year": "年份",
    "Search": "搜索",
    "Jump to a year": "跳到某一年",
    "Up and Down arrows move to the previous or next year": "用上下方向键跳到上一年或下一年",
}
ZH.update({
    "Filter people": "筛选好友",
})
