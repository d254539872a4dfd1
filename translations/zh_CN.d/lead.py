ZH = {
    "Another import into this library is running. Keepsake waits for it to finish and then goes on; "
    "Cancel stops waiting.": "另一个导入正在向这个资料库写入。时光匣会等它完成后再继续；点“取消”可以不再等待。",
}
