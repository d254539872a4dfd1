# The video player's start watchdog (a play that never starts says so).
ZH = {
    "This video did not start: nothing came from the file for %n second(s). The file may be incomplete, or on a disk or network drive that is not answering.":
        "这段视频没有开始播放：%n 秒内文件没有传来任何内容。文件可能不完整，或者所在的磁盘、网络盘没有响应。",
}
