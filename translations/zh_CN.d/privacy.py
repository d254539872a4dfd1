# Privacy when sharing (issue 13): the label, the export dialogs' box and the CLI options.
ZH = {
    "Friend %1": "好友 %1",
    "For sharing: privacy mode": "用于分享：隐私模式",
    "Friends are shown as Friend A, Friend B…; their comments, message board notes, visits and avatars, every QQ number, what is marked private and the GPS of photos are left out.":
        "好友显示为“好友 A”“好友 B”……；他们的评论、留言、来访和头像，所有QQ号，标为私密的内容，以及照片里的GPS位置都不会导出。",
    "Keep friends' names, comments and message board notes": "保留好友的名字、评论和留言",
    "Keep private diaries, private albums and secret notes": "保留私密日记、私密相册和悄悄话",
    "For sharing: friends become Friend A, Friend B…, their comments, message board notes, visits and avatars stay out, no QQ number is written, what the source marks private stays out, and photos lose their GPS.":
        "用于分享：好友变成“好友 A”“好友 B”……，不导出他们的评论、留言、来访和头像，不写任何QQ号，不导出标为私密的内容，照片去掉GPS位置。",
    "With --privacy: keep friends' names, comments and message board notes (never their QQ numbers).":
        "与 --privacy 一起用：保留好友的名字、评论和留言（QQ号仍然不写）。",
    "With --privacy: keep private diaries, private albums, secret notes and private comments.":
        "与 --privacy 一起用：保留私密日记、私密相册、悄悄话和私密评论。",
    "its PNG chunks cannot be read, so privacy mode cannot take its metadata out; it was left out":
        "它的 PNG 数据块无法读取，隐私模式没法去掉其中的元数据；已略过",
    "privacy mode cannot take the metadata out of a %1 file; it was left out":
        "隐私模式没法去掉 %1 文件里的元数据；已略过",
}
