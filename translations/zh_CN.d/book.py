# The memory book and the PDF export: month breaks, cover sharpness, the first page's
# description, default titles (issue 11, h-book).
ZH = {
    "Our memories of %1": "%1年的回忆",
    "QQ Space": "QQ空间",
    "%1's QQ Space": "%1的QQ空间",
    "%1 – %2": "%1 – %2",
    "%n memories": "%n 条回忆",
    "%n photos": "%n 张照片",
    "Start every month on a new page": "每个月从新的一页开始",
    "Otherwise a short month follows the one before it on the same page.": "不勾选时，内容少的月份接在上个月后面，排在同一页。",
    "Months:": "月份：",
    "%1×%2 pixels": "%1×%2 像素",
    "This photo is %1×%2: it will print soft at this size, so the book places it smaller on the cover. A larger photo fills the cover.": "这张照片只有 %1×%2 像素，放满封面会印得模糊，所以纪念册会把它缩小放在封面上。换一张更大的照片就能铺满封面。",
}
