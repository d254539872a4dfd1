#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/sample/keepsake-sample.zip: the sample QQ Space backup that Keepsake offers newcomers.

It is a QZoneExport v2 HTML-mode export, media merged in, of an invented person (林小满, QQ 10000,
2008-2016). Every name, text and picture is made up. The layout and field names follow
shared/formats/QZONE-EXPORTS.md §1 so that the real importer reads it like any other export.

    python3 make_sample.py [--out keepsake-sample.zip]      # needs ImageMagick for the pictures
    python3 make_sample.py --check keepsake-sample.zip       # standard library only

The output is deterministic: fixed seed, fixed zip timestamps, entries in sorted order.
"""

import argparse
import base64
import datetime as dt
import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

UIN = 10000
NICK = "小满"
ROOT = "QQ空间备份_%d" % UIN
SEED = 20080614
ZIP_TIME = (2016, 10, 8, 20, 30, 0)  # when the invented person made the backup
BACKUP_MS = 1475929800000  # 2016-10-08 20:30:00 +08:00
MAX_ZIP_BYTES = 1536 * 1024
CST = dt.timezone(dt.timedelta(hours=8))

# ----------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------

FRIENDS = [
    # uin, nick, remark, group id, group name, added (local), intimacy
    (284713390, "阿杰", "同桌陈杰", 1, "高中同学", "2008-09-01 21:10:00", 88),
    (377204518, "糖糖", "闺蜜唐甜", 0, "我的好友", "2006-07-15 15:20:00", 97),
    (519833027, "胖虎", "", 1, "高中同学", "2008-09-03 20:02:00", 61),
    (603917745, "鹿鹿", "上铺的鹿鹿", 2, "大学室友", "2011-09-04 22:41:00", 92),
    (736190284, "老周", "周哥", 3, "同事", "2015-07-08 10:15:00", 55),
    (845520613, "班长", "高三(5)班班长", 1, "高中同学", "2008-09-02 19:30:00", 47),
    (908166532, "开心就好", "妈妈", 4, "家人", "2009-03-08 20:00:00", 99),
    (1123409876, "小橘子", "表妹", 4, "家人", "2012-01-24 11:11:00", 73),
    (1290845512, "Leo", "李奥 学长", 2, "大学室友", "2012-10-09 18:05:00", 38),
]
F = {nick: uin for uin, nick, *_ in FRIENDS}
VISITOR_ONLY = {1379216604: "小葵"}  # a stranger who came by once


def who(nick):
    return {"uin": F[nick], "name": nick} if nick in F else {"uin": UIN, "name": NICK}


def mention(nick):
    return "@{uin:%d,nick:%s,who:1}" % (F[nick], nick)


# ----------------------------------------------------------------------------------------------
# Content. Times are wall-clock China time. Pictures are (scene, count).
# Comments: (nick, "YYYY-MM-DD HH:MM:SS", text, [replies as (nick, time, text)])
# ----------------------------------------------------------------------------------------------

WEB, MOBILE_WEB = "", "手机QQ空间"
N5230, IP4S, ANDROID, IP6 = "诺基亚5230", "iPhone 4S", "Android客户端", "iPhone 6"

LBS = {
    "人民公园": ("人民公园", "四川省成都市青羊区少城路12号", 104.0563, 30.6575),
    "眉山": ("东坡区油菜花田", "四川省眉山市东坡区", 103.8317, 30.0481),
    "武汉站": ("武汉站", "湖北省武汉市洪山区", 114.4244, 30.6071),
    "江滩": ("汉口江滩", "湖北省武汉市江岸区沿江大道", 114.3005, 30.5936),
    "武大": ("武汉大学", "湖北省武汉市武昌区八一路299号", 114.3655, 30.5382),
    "兵马俑": ("秦始皇兵马俑博物馆", "陕西省西安市临潼区", 109.2785, 34.3841),
    "恩施": ("恩施土家族苗族自治州", "湖北省恩施州咸丰县", 109.1400, 29.6653),
    "东湖": ("东湖绿道", "湖北省武汉市武昌区", 114.4000, 30.5569),
    "华师": ("华中师范大学", "湖北省武汉市洪山区珞喻路152号", 114.3604, 30.5204),
    "杭州": ("文一西路", "浙江省杭州市西湖区", 120.1000, 30.2906),
    "西湖": ("西湖·断桥残雪", "浙江省杭州市西湖区北山街", 120.1521, 30.2588),
}

POSTS = [
    dict(t="2008-06-14 21:32:07", dev=WEB, text="中考终于结束啦！！！[em]e100[/em]明天开始睡到自然醒，谁都别叫我～",
         cmts=[("糖糖", "2008-06-14 21:40:12", "同喜同喜！暑假去吃串串吗", [(NICK, "2008-06-14 21:45:30", "回复糖糖：走起！！我请你喝冰粉")])]),
    dict(t="2008-09-01 19:05:44", dev=WEB, text="高一报到。新同桌叫" + mention("阿杰") + "，见面第一句话是问我借橡皮[em]e113[/em]",
         cmts=[("阿杰", "2008-09-01 20:13:02", "橡皮明天还你……", [(NICK, "2008-09-01 20:20:41", "回复阿杰：送你了，不用还")]),
               ("胖虎", "2008-09-01 22:01:19", "哈哈哈哈哈我就坐你们后面", [])]),
    dict(t="2008-10-06 16:40:21", dev=WEB, text="国庆最后一天，和妈妈去人民公园喝盖碗茶。银杏叶子开始黄了，风一吹沙沙响。",
         pics=("ginkgo", 2), lbs="人民公园",
         cmts=[("开心就好", "2008-10-06 20:02:33", "下次还带你去，好好学习", [])]),
    dict(t="2008-12-31 23:58:40", dev=WEB, text="2008年只剩最后两分钟了。这一年发生了太多事，愿大家新的一年都平平安安的[em]e106[/em]",
         cmts=[("糖糖", "2009-01-01 00:00:21", "新年快乐！！第一个给你拜年", []),
               ("班长", "2009-01-01 00:03:10", "新年快乐，元旦后记得交数学作业", [(NICK, "2009-01-01 00:05:52", "回复班长：……这个时候就不要提作业了吧")])]),
    dict(t="2009-01-20 18:22:03", dev=WEB, text="期末数学考了128！奖励自己一碗红糖冰粉[em]e100[/em] 寒假快乐～"),
    dict(t="2009-04-05 11:16:50", dev=MOBILE_WEB, text="清明回乡下外婆家，油菜花开得漫山遍野，黄得晃眼睛。外婆蒸了一笼叶儿粑，我一口气吃了四个。",
         pics=("rapeseed", 3), lbs="眉山",
         cmts=[("小橘子", "2009-04-05 13:40:08", "姐姐给我留两个！", [])]),
    dict(t="2009-07-22 09:41:15", dev=MOBILE_WEB, text="日全食！！！虽然成都是阴天什么也没看到，但天突然黑下来的那一刻，全班都尖叫了[em]e108[/em]",
         cmts=[("阿杰", "2009-07-22 10:02:40", "路灯都亮了，太神奇了", []),
               ("胖虎", "2009-07-22 12:30:11", "我们班有人吓得把卷子撕了哈哈哈", [])]),
    dict(t="2009-09-10 20:15:33", dev=WEB, text="#教师节快乐# 给班主任写了一张贺卡，她看着看着居然哭了。原来老师也会被我们感动。"),
    dict(t="2009-12-24 21:47:09", dev=WEB, text="平安夜收到了八个苹果，够吃到元旦了[em]e100[/em] 谢谢你们～",
         pics=("apples", 1),
         cmts=[("糖糖", "2009-12-24 22:01:55", "最大的那个是我送的！", [])]),
    dict(t="2010-02-13 23:59:12", dev=N5230, text="除夕！年夜饭吃撑了，外面的烟花一朵接一朵。给大家拜年啦[em]e117[/em]",
         pics=("fireworks", 2),
         cmts=[("开心就好", "2010-02-14 00:10:03", "宝贝新年快乐，少熬夜", [(NICK, "2010-02-14 00:12:44", "回复开心就好：妈妈你也会玩QQ空间了！")]),
               ("阿杰", "2010-02-14 00:15:30", "新年快乐！", [])]),
    dict(t="2010-06-12 02:10:45", dev=N5230, text="世界杯开幕了，爸爸说熬夜看球不影响学习……信他才怪。"),
    dict(t="2010-08-20 17:30:00", dev=WEB, text="暑假补课最后一天。教室顶上的吊扇吱呀吱呀转了一整个夏天，明年的这个时候，我们就各奔东西了吧。",
         cmts=[("班长", "2010-08-20 18:02:19", "别说得这么伤感嘛，还有一年呢", [])]),
    dict(t="2010-12-25 22:20:18", dev=N5230, text="圣诞节是在晚自习里过的。大家偷偷在黑板角落画了一棵圣诞树，班主任进来看了一眼，居然没擦。",
         pics=("chalkboard", 1),
         cmts=[("胖虎", "2010-12-25 22:31:46", "那棵树是我画的！！", [(NICK, "2010-12-25 22:33:02", "回复胖虎：星星是我画的")])]),
    dict(t="2011-02-28 21:05:37", dev=N5230, text="转发一下～照片里第三排闭着眼睛的那个就是我[em]e113[/em]",
         rt=dict(nick="班长", tid="4a8c2e91f37b05d1a6c40b00", t="2011-02-28 20:10:05",
                 text="高三(5)班百日誓师的照片都传到班级相册了，大家去认领自己哈！一百天，一起加油！"),
         cmts=[("阿杰", "2011-02-28 21:20:10", "我也闭眼了……", [])]),
    dict(t="2011-06-08 17:05:26", dev=N5230, text="高考结束！！！走出考场的时候阳光好刺眼，妈妈在校门口举着一瓶冰可乐等我。",
         cmts=[("开心就好", "2011-06-08 17:30:41", "辛苦了，回家吃饭，做了你最爱的回锅肉", []),
               ("糖糖", "2011-06-08 18:02:12", "解放啦！！今晚通宵！", []),
               ("阿杰", "2011-06-08 19:47:55", "终于可以睡个好觉了", [])]),
    dict(t="2011-06-23 10:12:09", dev=N5230, text="查分了……比估分高了12分！！！谢谢所有陪我熬过高三的人[em]e106[/em] " + mention("糖糖") + " " + mention("阿杰"),
         cmts=[("糖糖", "2011-06-23 10:20:33", "我就知道你可以的！！抱抱", []),
               ("阿杰", "2011-06-23 11:03:28", "恭喜恭喜，请客请客", [(NICK, "2011-06-23 11:10:06", "回复阿杰：火锅走起")])]),
    dict(t="2011-09-03 08:20:55", dev=ANDROID, text="第一次一个人坐火车，成都到武汉，十七个小时。窗外的山一座接一座。你好啊，武汉！",
         pics=("train", 2), lbs="武汉站",
         cmts=[("开心就好", "2011-09-03 08:40:12", "到了给家里打电话，钱和身份证放好", [])]),
    dict(t="2011-09-05 23:11:40", dev=ANDROID, text="室友们都好可爱。" + mention("鹿鹿") + "是东北的，一开口全宿舍都笑了，她说我的四川话她一句也听不懂。",
         cmts=[("鹿鹿", "2011-09-05 23:15:02", "瞅你说的，俺普通话老标准了", [])]),
    dict(t="2011-09-28 19:44:31", dev=ANDROID, text="#军训# 结束了，黑了两个色号。教官走的时候大家都哭了，说好不哭的。"),
    dict(t="2011-12-31 23:55:03", dev=ANDROID, text="在江滩跨年！好冷好冷，但是好开心。2012，你好～",
         pics=("river_night", 3), lbs="江滩",
         cmts=[("鹿鹿", "2012-01-01 00:02:40", "冻成狗但是值了", []),
               ("糖糖", "2012-01-01 00:10:15", "羡慕，成都今天下雨了", [])]),
    dict(t="2012-03-28 15:26:19", dev=ANDROID, text="武大的樱花开了，人比花还多[em]e100[/em] 不过真的好美呀。",
         pics=("cherry", 4), lbs="武大",
         cmts=[("Leo", "2012-03-28 16:01:08", "下周人少点，再去一次", []),
               ("小橘子", "2012-03-28 19:22:47", "好美！我以后也要考武汉", [(NICK, "2012-03-28 19:30:11", "回复小橘子：好好学习，姐姐等你")])]),
    dict(t="2012-05-20 22:08:36", dev=IP4S, text="二十岁生日快乐，小满同学。今天刚好是小满，节气说：小得盈满，不必太满。谢谢室友们的蛋糕和惊喜[em]e106[/em]",
         pics=("cake", 2),
         cmts=[("鹿鹿", "2012-05-20 22:10:40", "生日快乐我的宝！", []),
               ("开心就好", "2012-05-20 22:30:02", "生日快乐，二十岁了要照顾好自己", [(NICK, "2012-05-20 22:35:18", "回复开心就好：知道啦妈妈，爱你")]),
               ("糖糖", "2012-05-20 23:59:01", "卡着点送上祝福！生日快乐！", [])]),
    dict(t="2012-07-15 16:03:48", dev=IP4S, text="暑假在家帮外婆剥豌豆，她说我小时候也是这样坐在小板凳上，一边剥一边偷吃。",
         pics=("peas", 1)),
    dict(t="2012-10-02 18:40:22", dev=IP4S, text="国庆去了西安。兵马俑比想象中还要震撼，每一个的脸都不一样。肉夹馍和凉皮也好好吃！",
         pics=("terracotta", 6), lbs="兵马俑",
         cmts=[("Leo", "2012-10-02 19:10:30", "回民街的甑糕吃了没？", [(NICK, "2012-10-02 19:15:44", "回复Leo：吃了！甜到心里")])]),
    dict(t="2012-12-21 23:30:10", dev=IP4S, text="说好的世界末日呢？我的论文还没写完[em]e113[/em]",
         cmts=[("鹿鹿", "2012-12-21 23:31:02", "末日取消了，论文照交", [])]),
    dict(t="2013-01-26 09:12:33", dev=IP4S, text="寒假回家，成都下雪了！虽然只有薄薄一层，楼下的小孩们已经开始打雪仗了。",
         pics=("snow", 2)),
    dict(t="2013-04-12 07:05:58", dev=IP4S, text="图书馆占座大战，今天又输了。明天六点半就去排队！"),
    dict(t="2013-06-30 21:40:17", dev=IP4S, text="送走了毕业的学长学姐。站台上挥手的时候突然想到，明年的这个时候，就轮到我们了。"),
    dict(t="2013-08-15 20:55:04", dev=IP4S, text="#支教日记# 第十天。孩子们送了我一朵自己折的纸花，说老师明年还要来哦。我答应了。",
         pics=("paper_flower", 3), lbs="恩施",
         cmts=[("开心就好", "2013-08-15 21:20:36", "山里蚊子多，记得擦花露水", []),
               ("Leo", "2013-08-15 22:05:12", "了不起！", [])]),
    dict(t="2013-11-08 19:18:27", dev=IP4S, text="第一次自己做饭成功！番茄炒蛋，鹿鹿说可以打90分[em]e100[/em]",
         pics=("tomato_egg", 1),
         cmts=[("鹿鹿", "2013-11-08 19:30:40", "扣的十分是因为盐放多了", [])]),
    dict(t="2014-02-14 21:02:51", dev=IP4S, text="情人节和室友们在宿舍煮火锅，单身也很快乐！",
         cmts=[("鹿鹿", "2014-02-14 21:05:09", "明年还一起", [])]),
    dict(t="2014-05-03 18:26:40", dev=IP4S, text="东湖骑行一整天，三十公里，腿已经不是自己的了。湖边的风真舒服。",
         pics=("lake_bike", 3), lbs="东湖",
         cmts=[("Leo", "2014-05-03 19:01:33", "下次叫上我", [])]),
    dict(t="2014-09-20 23:48:02", dev=IP4S, text="大四了，开始找工作。简历改到第八版……加油吧，林小满。"),
    dict(t="2014-12-24 17:33:15", dev=IP4S, text="收到妈妈寄来的一箱腊肉和香肠，整层楼的楼道都是香味。",
         pics=("sausage", 1),
         cmts=[("鹿鹿", "2014-12-24 17:40:12", "今晚加餐！！", []),
               ("开心就好", "2014-12-24 19:05:51", "吃完了再寄", [])]),
    dict(t="2015-06-18 20:30:44", dev=IP6, text="毕业了。四年，谢谢你武汉，谢谢你们。" + mention("鹿鹿") + " 以后的每一个夏天都要记得彼此啊。",
         pics=("graduation", 9), lbs="华师",
         cmts=[("鹿鹿", "2015-06-18 20:41:02", "哭了，不许忘了我", [(NICK, "2015-06-18 20:44:30", "回复鹿鹿：怎么会，要一起老去的")]),
               ("Leo", "2015-06-18 21:12:19", "毕业快乐，前程似锦", []),
               ("开心就好", "2015-06-18 21:30:08", "我的女儿长大了", []),
               ("糖糖", "2015-06-19 00:02:45", "毕业快乐！！照片好好看", [])]),
    dict(t="2015-07-06 22:15:36", dev=IP6, text="一个人拖着两个箱子到了杭州。租的小房间有一扇朝西的窗，傍晚的光会照进来。新生活，请多指教。",
         pics=("west_window", 2), lbs="杭州",
         cmts=[("糖糖", "2015-07-06 22:30:20", "一个人也要好好吃饭！", [])]),
    dict(t="2015-10-24 23:05:19", dev=IP6, text="入职后的第一个项目上线了，和" + mention("老周") + "他们在公司楼下吃烧烤庆祝[em]e100[/em]",
         cmts=[("老周", "2015-10-24 23:20:11", "辛苦了，下周一继续改bug", [(NICK, "2015-10-24 23:22:37", "回复老周：周哥你一定要在这里说吗")])]),
    dict(t="2015-12-05 16:40:02", dev=IP6, text="冬天的西湖也很美，雾气里的断桥像一幅水墨画。",
         pics=("west_lake", 2), lbs="西湖"),
    dict(t="2016-02-07 15:22:48", dev=IP6, text="除夕，在回家的火车上。十二个小时，快到了。"),
    dict(t="2016-05-20 21:10:11", dev=IP6, text="二十四岁啦。愿往后的日子，温柔且坚定。谢谢每一个记得今天的人[em]e106[/em]",
         pics=("cake", 3),
         cmts=[("糖糖", "2016-05-20 21:15:36", "生日快乐！永远十八岁", []),
               ("鹿鹿", "2016-05-20 21:20:02", "生日快乐！！五一见面时给你补礼物", [(NICK, "2016-05-20 21:30:40", "回复鹿鹿：五一已经过了呀哈哈哈")]),
               ("老周", "2016-05-21 09:02:19", "生日快乐，周一请下午茶", [])]),
    dict(t="2016-09-15 20:48:26", dev=IP6, text="中秋，一个人在杭州。给家里打了视频，外婆问我吃月饼没有。吃了，是五仁的[em]e113[/em]",
         pics=("moon", 1),
         cmts=[("开心就好", "2016-09-15 21:00:12", "国庆回家吗？给你留了月饼", [(NICK, "2016-09-15 21:02:05", "回复开心就好：回！！")])]),
]

BLOGS = [
    dict(t="2010-09-10 22:30:00", cat="个人日志", title="写给一年后的自己",
         body=["<p>亲爱的一年后的我：</p>",
               "<p>今天是高三开学的第十天。教室后面的黑板上写着“距离高考还有270天”，每天早上值日生都会擦掉一个数字重新写。</p>",
               "<p>我想问问你，你现在在哪座城市？还会在晚自习后和糖糖一起去买烤红薯吗？还会因为一道数学题想到半夜吗？</p>",
               "<p>不管考得怎么样，都不要后悔。这一年，我会拼尽全力。</p>",
               "<p>——2010年9月10日，教师节，晚自习后</p>"],
         cmts=[("糖糖", "2010-09-10 23:10:40", "烤红薯必须一起买！", [(NICK, "2010-09-11 07:02:11", "一言为定")])]),
    dict(t="2013-08-25 21:00:00", cat="心情随笔", title="支教二十天", image="classroom",
         body=["<p>从恩施回来已经三天了，可是闭上眼睛还是那间小小的教室。</p>",
               "<p>学校在半山腰上，一共六个年级，五十几个孩子。我教三年级的语文和音乐。第一节课他们都不敢说话，最后一节课大家抢着唱《虫儿飞》。</p>",
               "<p>{img}</p>",
               "<p>走的那天早上下着小雨，孩子们站在路边一直挥手。小杨同学塞给我一个煮鸡蛋，还是热的。</p>",
               "<p>我答应过他们明年还来。我会的。</p>"],
         cmts=[("Leo", "2013-08-26 09:15:30", "看哭了，明年带上我", [(NICK, "2013-08-26 12:40:02", "好呀，一起去")]),
               ("开心就好", "2013-08-26 20:11:47", "妈妈为你骄傲", [])]),
    dict(t="2015-06-20 23:40:00", cat="个人日志", title="再见，武汉",
         body=["<p>明天的火车票就在桌上。宿舍已经搬空了，只剩四张光秃秃的床板。</p>",
               "<p>四年前我拖着箱子第一次走进这里，鹿鹿在上铺探出头说：“你好，俺叫鹿鹿。”</p>",
               "<p>后来我们一起逃过课、挂过科、在东湖边骑车、在江滩跨年，在图书馆门口为一个座位排一个小时的队。</p>",
               "<p>武汉的夏天很热，冬天很冷，热干面很香。谢谢你收留了我最好的四年。</p>",
               "<p>再见，武汉。再见，我的青春。</p>"],
         cmts=[("鹿鹿", "2015-06-21 00:05:12", "上铺永远是你的", []),
               ("Leo", "2015-06-21 10:40:55", "有空回来看看", [])]),
]

ALBUM = dict(id="V13Xm2kQ0aLp8S", name="鼓浪屿的夏天", desc="毕业旅行，和鹿鹿一起。", classid=104,
             className="游记", created="2015-06-27 21:30:00")
ALBUM_PHOTOS = [
    # name, scene, shoot time, desc, comments
    ("IMG_0231", "sea", "2015-06-24 09:12:40", "坐轮渡上岛，海风是咸的", []),
    ("IMG_0245", "red_roofs", "2015-06-24 10:35:18", "红屋顶和绿树", []),
    ("IMG_0262", "alley_flowers", "2015-06-24 13:02:51", "巷子里的三角梅开得正好",
     [("鹿鹿", "2015-06-28 10:11:03", "这张是我拍的！", [])]),
    ("IMG_0278", "cafe", "2015-06-24 15:20:07", "下午在小咖啡馆躲太阳", []),
    ("IMG_0290", "lighthouse", "2015-06-24 17:48:33", "", []),
    ("IMG_0301", "sunset_sea", "2015-06-24 19:05:12", "日落的时候，整片海都是金色的",
     [("糖糖", "2015-06-28 12:30:40", "太美了吧！下次带我", [(NICK, "2015-06-28 12:41:19", "好，下次我们三个一起")])]),
    ("IMG_0317", "footprints", "2015-06-25 07:40:26", "清晨的沙滩只有我们两个人", []),
    ("IMG_0333", "cat_wall", "2015-06-25 11:16:59", "岛上的猫一点也不怕人", []),
]

BOARDS = [
    ("糖糖", "2008-07-02 20:10:00", "来踩踩～你的空间音乐好好听[em]e100[/em]", None, [(NICK, "2008-07-02 20:30:10", "是《晴天》呀")]),
    ("阿杰", "2009-03-15 21:05:33", "同桌，数学作业借我看看第三题", None, [(NICK, "2009-03-15 21:40:02", "自己做！！")]),
    ("开心就好", "2010-05-09 12:00:00", "女儿，妈妈学会上网了，这是我的第一条留言", None,
     [(NICK, "2010-05-09 12:15:20", "妈妈好厉害！母亲节快乐[em]e106[/em]")]),
    ("胖虎", "2011-06-09 10:20:45", "毕业快乐！以后常联系，别忘了后桌的我", None, []),
    ("鹿鹿", "2012-02-05 15:33:12", "寒假想你了，东北今天零下二十五度[em]e108[/em]", "snow",
     [(NICK, "2012-02-05 16:02:40", "成都今天十度，我来给你送温暖")]),
    ("小橘子", "2013-07-20 09:12:08", "姐姐，我中考考得还不错！", None, [(NICK, "2013-07-20 09:40:55", "真棒！暑假带你去吃好吃的")]),
    ("Leo", "2014-06-10 18:45:21", "学妹，毕业论文加油，有问题随时问我", None, [(NICK, "2014-06-10 19:02:03", "谢谢学长！")]),
    ("老周", "2016-05-20 09:30:00", "生日快乐！今天的需求评审你可以晚点来[em]e100[/em]", None,
     [(NICK, "2016-05-20 10:02:18", "周哥最好了"), ("老周", "2016-05-20 10:05:40", "但是要来")]),
]

VISITS = [(1379216604, "小葵", "2016-09-30 14:22:10"), (603917745, "鹿鹿", "2016-10-03 22:05:48")]

EMOTICONS = ["e100", "e106", "e108", "e113", "e117"]

# ----------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------


def parse_local(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST)


def epoch(s):
    return int(parse_local(s).timestamp())


def cn_date(s):
    d = parse_local(s)
    return "%04d年%02d月%02d日" % (d.year, d.month, d.day)


class Rand:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def hex8(self):
        return "%08X" % self.r.getrandbits(32)

    def hexid(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def key(self, n):
        return "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def qpic(rnd, size_letter, key=None):
    key = key or rnd.key(28)
    return "http://a%d.qpic.cn/psb?/V%s/%s/%s/dGkAAA" % (rnd.r.randint(1, 4), rnd.key(11), key, size_letter), key


def conlist_of(text):
    """Splits raw text into conlist pieces: mentions become {type:0}, the rest {type:2}."""
    out, pos = [], 0
    while True:
        i = text.find("@{uin:", pos)
        if i < 0:
            break
        j = text.index("}", i)
        if i > pos:
            out.append({"type": 2, "con": text[pos:i]})
        fields = dict(kv.split(":", 1) for kv in text[i + 2:j].split(","))
        out.append({"type": 0, "uin": int(fields["uin"]), "nick": fields["nick"]})
        pos = j + 1
    if pos < len(text):
        out.append({"type": 2, "con": text[pos:]})
    return out


def js(key, obj):
    # QZoneExport's writeJsonToJs: 'window.' + key + ' = ' + JSON.stringify(obj), no ';', no newline.
    return ("window.%s = %s" % (key, json.dumps(obj, ensure_ascii=False, separators=(",", ":")))).encode("utf-8")


# ----------------------------------------------------------------------------------------------
# Pictures (ImageMagick), EXIF written by hand
# ----------------------------------------------------------------------------------------------


def find_imagemagick():
    for cand in ("magick", "/usr/bin/convert", "convert"):
        path = shutil.which(cand) or (cand if os.path.exists(cand) else None)
        if not path:
            continue
        try:
            out = subprocess.run([path, "-version"], capture_output=True, text=True, timeout=30).stdout
        except OSError:
            continue
        if "ImageMagick" in out:
            return path
    sys.exit("make_sample.py: ImageMagick is needed for the pictures (apt-get install imagemagick)")


class Painter:
    def __init__(self, tmp, seed):
        self.im = find_imagemagick()
        self.tmp = tmp
        self.r = random.Random(seed)
        self.n = 0

    def run(self, args):
        self.n += 1
        out = os.path.join(self.tmp, "p%03d.jpg" % self.n)
        subprocess.run([self.im] + args + [out], check=True)
        with open(out, "rb") as f:
            return f.read()

    # Each scene returns ImageMagick arguments that paint a w×h picture.
    def scene(self, name, w, h, variant):
        r = self.r
        d = []  # draw commands: (fill, primitive)

        def sky(top, bottom, horizon):
            return ["-size", "%dx%d" % (w, horizon), "gradient:%s-%s" % (top, bottom)]

        def ground(top, bottom, horizon):
            return ["(", "-size", "%dx%d" % (w, h - horizon), "gradient:%s-%s" % (top, bottom), ")", "-append"]

        def hills(color, base, amp, step):
            pts = ["0,%d" % h]
            x = 0
            while x <= w + step:
                pts.append("%d,%d" % (x, base - r.randint(0, amp)))
                x += step
            pts.append("%d,%d" % (w, h))
            d.append((color, "polygon " + " ".join(pts)))

        def circle(color, cx, cy, rad):
            d.append((color, "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy)))

        def ellipse(color, cx, cy, rx, ry, a0=0, a1=360):
            d.append((color, "ellipse %d,%d %d,%d %d,%d" % (cx, cy, rx, ry, a0, a1)))

        def rect(color, x0, y0, x1, y1, rr=0):
            if rr:
                d.append((color, "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x1, y1, rr, rr)))
            else:
                d.append((color, "rectangle %d,%d %d,%d" % (x0, y0, x1, y1)))

        def poly(color, pts):
            d.append((color, "polygon " + " ".join("%d,%d" % p for p in pts)))

        hz = int(h * (0.5 + 0.1 * r.random()))
        blur = "0x0.7"
        if name in ("ginkgo",):
            base = sky("#8ec9f0", "#e8f4fb", hz) + ground("#b58a4a", "#8a6a3a", hz)
            rect("#6b4a2b", w // 2 - 14, h // 4, w // 2 + 14, h)
            for _ in range(220):
                ellipse(r.choice(["#f7c948", "#f2b705", "#ffd966", "#e8a317"]), r.randint(0, w), r.randint(0, int(h * 0.7)),
                        r.randint(5, 11), r.randint(3, 7))
            for _ in range(60):
                ellipse(r.choice(["#f7c948", "#e8a317"]), r.randint(0, w), r.randint(hz, h), r.randint(4, 8), r.randint(2, 4))
        elif name == "rapeseed":
            base = sky("#6fb6ea", "#d9eefc", hz) + ground("#ffe14d", "#e8b800", hz)
            hills("#7fae6b", hz + 4, 25, 60)
            for i in range(12):
                y = hz + 10 + i * (h - hz) // 12
                rect(r.choice(["#f5d000", "#ffe866", "#d9a900"]), 0, y, w, y + 3 + i)
            rect("#f1efe9", w * 2 // 3, hz - 24, w * 2 // 3 + 46, hz + 8)
            poly("#8a4b32", [(w * 2 // 3 - 6, hz - 22), (w * 2 // 3 + 23, hz - 44), (w * 2 // 3 + 52, hz - 22)])
        elif name == "apples":
            base = ["-size", "%dx%d" % (w, h), "gradient:#d9a066-#8f5a2e"]
            for _ in range(8):
                cx, cy, rad = r.randint(60, w - 60), r.randint(h // 3, h - 50), r.randint(34, 48)
                circle(r.choice(["#d7263d", "#c81d25", "#e63946"]), cx, cy, rad)
                circle("#ff8a8a", cx - rad // 3, cy - rad // 3, rad // 5)
                ellipse("#4f9d3a", cx + 8, cy - rad - 4, 12, 6)
        elif name == "fireworks":
            base = ["-size", "%dx%d" % (w, h), "gradient:#0b1030-#2a1d4a"]
            for _ in range(5):
                cx, cy, col = r.randint(60, w - 60), r.randint(40, h // 2), r.choice(["#ff5d73", "#ffd166", "#7bdff2", "#b28dff", "#9cff9c"])
                for k in range(26):
                    import math
                    a = 2 * math.pi * k / 26
                    rad = r.randint(40, 80)
                    circle(col, int(cx + rad * math.cos(a)), int(cy + rad * math.sin(a)), 3)
                circle("#ffffff", cx, cy, 4)
            hills("#050814", int(h * 0.85), 30, 40)
        elif name == "chalkboard":
            base = ["-size", "%dx%d" % (w, h), "xc:#c8a27a"]
            rect("#2f5d46", 20, 30, w - 20, h - 50)
            poly("#e8f5e9", [(w // 2, 70), (w // 2 - 70, 200), (w // 2 + 70, 200)])
            poly("#e8f5e9", [(w // 2, 120), (w // 2 - 95, 270), (w // 2 + 95, 270)])
            rect("#e8f5e9", w // 2 - 12, 270, w // 2 + 12, 300)
            circle("#ffd166", w // 2, 64, 12)
            for _ in range(10):
                circle(r.choice(["#ff8fab", "#8ecae6", "#ffb703"]), r.randint(w // 2 - 70, w // 2 + 70), r.randint(150, 260), 6)
            rect("#f5f0e6", 60, h - 45, 120, h - 38)
        elif name == "train":
            base = sky("#9fd3f5", "#eaf6fd", hz) + ground("#79b956", "#4f8a35", hz)
            hills("#5e9c6a", hz + 5, 50, 70)
            for _ in range(6):
                ellipse("#ffffff", r.randint(0, w), r.randint(20, hz - 60), r.randint(30, 60), r.randint(10, 18))
            d.append(("#3b3b46", "path 'M0,0 L%d,0 L%d,%d L0,%d Z M40,40 L40,%d L%d,%d L%d,40 Z'" % (w, w, h, h, h - 60, w - 40, h - 60, w - 40)))
            rect("#2a2a33", 0, h - 60, w, h)
        elif name == "river_night":
            base = ["-size", "%dx%d" % (w, h), "gradient:#0f1a3a-#2b3a67"]
            for i in range(14):
                x0 = i * w // 14
                top = r.randint(int(h * 0.25), int(h * 0.5))
                rect("#151b33", x0, top, x0 + w // 14 - 4, int(h * 0.62))
                for _ in range(8):
                    wx, wy = r.randint(x0 + 3, x0 + w // 14 - 8), r.randint(top + 4, int(h * 0.6))
                    rect(r.choice(["#ffd27f", "#fff3b0", "#9ad0ff"]), wx, wy, wx + 3, wy + 4)
            rect("#1d2b55", 0, int(h * 0.62), w, h)
            for _ in range(60):
                x, y = r.randint(0, w), r.randint(int(h * 0.64), h)
                rect(r.choice(["#ffd27f", "#6f86c9", "#9ad0ff"]), x, y, x + r.randint(8, 30), y + 2)
        elif name == "cherry":
            base = ["-size", "%dx%d" % (w, h), "gradient:#bfe3ff-#fdf0f5"]
            for _ in range(4):
                x0, y0 = r.randint(-40, w // 2), r.randint(0, h)
                d.append(("none", "stroke #6b4a3b stroke-width 9 line %d,%d %d,%d" % (x0, y0, x0 + r.randint(200, 400), y0 - r.randint(-120, 120))))
            for _ in range(260):
                cx, cy = r.randint(0, w), r.randint(0, h)
                circle(r.choice(["#ffc2d4", "#ffb3c6", "#ffe5ec", "#ff8fab"]), cx, cy, r.randint(5, 11))
        elif name == "cake":
            base = ["-size", "%dx%d" % (w, h), "gradient:#ffe8d6-#f4a6a6"]
            cx = w // 2
            ellipse("#ffffff", cx, h - 70, 170, 30)
            rect("#fff7f0", cx - 130, h // 2, cx + 130, h - 80)
            ellipse("#fff7f0", cx, h - 80, 130, 22)
            rect("#ff8fab", cx - 130, h // 2 + 40, cx + 130, h // 2 + 62)
            ellipse("#ffd1dc", cx, h // 2, 130, 22)
            for k in range(variant % 3 + 3):
                x = cx - 80 + k * 40
                rect("#8ecae6", x - 5, h // 2 - 60, x + 5, h // 2 - 8)
                ellipse("#ffb703", x, h // 2 - 72, 7, 13)
                ellipse("#fff3b0", x, h // 2 - 70, 3, 6)
            for _ in range(18):
                circle(r.choice(["#e63946", "#f4a261", "#2a9d8f"]), r.randint(cx - 120, cx + 120), r.randint(h // 2 - 12, h // 2 + 12), 5)
        elif name == "peas":
            base = ["-size", "%dx%d" % (w, h), "gradient:#e9d8a6-#c2a878"]
            ellipse("#f4f1ea", w // 2, h // 2 + 20, 170, 110)
            ellipse("#d8d2c4", w // 2, h // 2 + 20, 150, 92)
            for _ in range(90):
                circle(r.choice(["#7cb342", "#8bc34a", "#689f38"]), w // 2 + r.randint(-130, 130), h // 2 + 20 + r.randint(-70, 70), 9)
            for _ in range(5):
                ellipse("#9ccc65", r.randint(30, w - 30), r.randint(20, 60), 40, 10)
        elif name == "terracotta":
            base = ["-size", "%dx%d" % (w, h), "gradient:#d8b892-#9a7454"]
            for row in range(4):
                y = 50 + row * (h - 60) // 4
                s = 10 + row * 5
                rect("#7a5a40", 0, y + s * 4, w, y + s * 4 + 6)
                for k in range(-1, w // (s * 4) + 2):
                    x = k * s * 4 + (row % 2) * s * 2 + r.randint(-2, 2)
                    rect("#8c6d52", x - s, y, x + s, y + s * 4, s // 2)
                    rect("#6f5440", x - s, y + s, x + s, y + s + 3)
                    circle("#a98466", x, y - s // 2, int(s * 0.75))
                    rect("#5e4633", x - int(s * 0.75), y - s - 2, x + int(s * 0.75), y - s // 2 - 2, 3)
        elif name == "snow":
            base = sky("#c9d6df", "#eef2f5", hz) + ground("#ffffff", "#e6ecf0", hz)
            for _ in range(7):
                x = r.randint(0, w)
                poly("#2e5e4e", [(x, hz - 90), (x - 35, hz + 10), (x + 35, hz + 10)])
                poly("#ffffff", [(x, hz - 90), (x - 15, hz - 50), (x + 15, hz - 50)])
            for _ in range(150):
                circle("#ffffff", r.randint(0, w), r.randint(0, h), r.randint(1, 3))
        elif name in ("paper_flower", "classroom"):
            if name == "classroom":
                base = ["-size", "%dx%d" % (w, h), "xc:#efe6d2"]
                rect("#2f5d46", 40, 20, w - 40, h // 2)
                for k in range(6):
                    x = 30 + k * (w - 60) // 6
                    rect("#b07a4a", x, h // 2 + 40, x + (w - 60) // 6 - 16, h // 2 + 70)
                    circle(r.choice(["#3d2c2a", "#2b1f1d"]), x + 30, h // 2 + 20, 16)
                d.append(("none", "stroke #f5f5f5 stroke-width 3 line 80,60 300,60"))
                d.append(("none", "stroke #f5f5f5 stroke-width 3 line 80,100 240,100"))
            else:
                base = ["-size", "%dx%d" % (w, h), "gradient:#c89f73-#9c7048"]
                import math
                cx, cy = w // 2 + r.randint(-40, 40), h // 2
                col = ["#ff6b6b", "#ffd93d", "#6bcB77", "#4d96ff", "#c77dff"][variant % 5]
                for k in range(8):
                    a = 2 * math.pi * k / 8
                    ellipse(col, int(cx + 48 * math.cos(a)), int(cy + 48 * math.sin(a)), 34, 34)
                circle("#fff3b0", cx, cy, 24)
                d.append(("none", "stroke #3a7d44 stroke-width 6 line %d,%d %d,%d" % (cx, cy + 60, cx - 30, h)))
        elif name == "tomato_egg":
            base = ["-size", "%dx%d" % (w, h), "gradient:#6d4c41-#3e2723"]
            ellipse("#fafafa", w // 2, h // 2, 190, 130)
            ellipse("#eceff1", w // 2, h // 2, 160, 105)
            for _ in range(30):
                ellipse(r.choice(["#e53935", "#ef5350", "#c62828"]), w // 2 + r.randint(-120, 120), h // 2 + r.randint(-70, 70), r.randint(12, 22), r.randint(8, 14))
            for _ in range(25):
                ellipse(r.choice(["#ffd54f", "#ffca28", "#fff176"]), w // 2 + r.randint(-120, 120), h // 2 + r.randint(-70, 70), r.randint(14, 24), r.randint(9, 15))
            for _ in range(12):
                circle("#66bb6a", w // 2 + r.randint(-110, 110), h // 2 + r.randint(-60, 60), 3)
        elif name == "lake_bike":
            base = sky("#86c5f0", "#e3f3fd", hz) + ground("#4a90c2", "#2f6f9f", hz)
            hills("#6a9a73", hz + 2, 20, 50)
            poly("#9ccc65", [(0, h), (0, h - 70), (w, h - 40), (w, h)])
            poly("#d7ccc8", [(0, h - 40), (w, h - 20), (w, h), (0, h)])
            bx = r.randint(w // 4, w // 2)
            for cx in (bx, bx + 90):
                d.append(("none", "stroke #263238 stroke-width 5 circle %d,%d %d,%d" % (cx, h - 60, cx + 34, h - 60)))
            d.append(("none", "stroke #e53935 stroke-width 6 polyline %d,%d %d,%d %d,%d %d,%d %d,%d" % (
                bx, h - 60, bx + 40, h - 110, bx + 90, h - 60, bx + 40, h - 60, bx + 40, h - 110)))
        elif name == "sausage":
            base = ["-size", "%dx%d" % (w, h), "gradient:#f5ebe0-#d5bdaf"]
            for k in range(6):
                y = 50 + k * (h - 80) // 6
                x = r.randint(20, 80)
                rect(r.choice(["#8d3b2a", "#a4452f", "#6d2a1e"]), x, y, x + r.randint(260, 360), y + 34, 17)
                for _ in range(10):
                    circle("#f1c6b0", r.randint(x + 10, x + 250), r.randint(y + 8, y + 26), 2)
        elif name == "graduation":
            palette = [("#74b9ff", "#dff3ff"), ("#81ecec", "#f0fffe"), ("#a29bfe", "#f3f0ff")]
            top, bottom = palette[variant % 3]
            base = sky(top, bottom, hz) + ground("#78c27a", "#4c9a52", hz)
            rect("#b5523b", w // 6, hz - 110, w * 5 // 6, hz)
            for row in range(3):
                for k in range(8):
                    x = w // 6 + 14 + k * (w * 2 // 3 - 20) // 8
                    rect("#f3e5d0", x, hz - 100 + row * 33, x + 16, hz - 80 + row * 33)
            for _ in range(4 + variant % 4):
                import math
                cx, cy, a = r.randint(30, w - 30), r.randint(20, hz - 130), r.random() * math.pi
                pts = [(int(cx + 26 * math.cos(a + k * math.pi / 2)), int(cy + 12 * math.sin(a + k * math.pi / 2))) for k in range(4)]
                poly("#1b1b2f", pts)
            for _ in range(40):
                x, y = r.randint(0, w), r.randint(0, hz)
                rect(r.choice(["#ff6b6b", "#ffd93d", "#6bcb77", "#4d96ff"]), x, y, x + 5, y + 3)
            for k in range(3 + variant % 3):
                x = r.randint(40, w - 40)
                circle("#2d3436", x, hz + 40, 14)
                rect("#2d3436", x - 16, hz + 52, x + 16, hz + 120, 8)
        elif name == "west_window":
            base = ["-size", "%dx%d" % (w, h), "gradient:#f6e2c4-#c89b6d"]
            rect("#6d4c41", w // 4 - 10, h // 6 - 10, w * 3 // 4 + 10, h * 2 // 3 + 10)
            d.append(("none", "fill '#ffb347' rectangle %d,%d %d,%d" % (w // 4, h // 6, w * 3 // 4, h * 2 // 3)))
            circle("#fff1c1", w // 2 + 40, h // 2 - 10, 34)
            hills("#5d4037", h * 2 // 3 - 30, 10, 30)
            rect("#c89b6d", 0, h * 2 // 3 + 10, w, h)
            d.append(("none", "stroke #6d4c41 stroke-width 8 line %d,%d %d,%d" % (w // 2, h // 6, w // 2, h * 2 // 3)))
            poly("#ffcc80", [(w // 4, h * 2 // 3 + 10), (w * 3 // 4, h * 2 // 3 + 10), (w * 3 // 4 + 80, h), (w // 4 - 40, h)])
        elif name == "west_lake":
            base = ["-size", "%dx%d" % (w, h), "gradient:#dfe6e9-#b2bec3"]
            hills("#95a5a6", int(h * 0.45), 40, 60)
            hills("#7f8c8d", int(h * 0.52), 30, 45)
            rect("#c7d3d8", 0, int(h * 0.55), w, h)
            d.append(("none", "stroke #4b5b60 stroke-width 6 fill none arc %d,%d %d,%d 180,360" % (w // 5, int(h * 0.5), w // 5 + 160, int(h * 0.62))))
            rect("#4b5b60", w * 3 // 4, int(h * 0.32), w * 3 // 4 + 12, int(h * 0.5))
            poly("#4b5b60", [(w * 3 // 4 - 8, int(h * 0.32)), (w * 3 // 4 + 6, int(h * 0.26)), (w * 3 // 4 + 20, int(h * 0.32))])
            blur = "0x1.4"
        elif name == "moon":
            base = ["-size", "%dx%d" % (w, h), "gradient:#0d1b3d-#274472"]
            circle("#fff4c2", w * 2 // 3, h // 3, 52)
            for _ in range(40):
                circle("#ffffff", r.randint(0, w), r.randint(0, h // 2), 1)
            poly("#0a1228", [(0, h), (0, h - 70), (60, h - 100), (120, h - 70), (200, h - 110), (280, h - 75), (360, h - 105), (w, h - 70), (w, h)])
            blur = "0x0.9"
        elif name in ("sea", "sunset_sea", "lighthouse", "footprints"):
            if name == "sunset_sea":
                base = sky("#ff9a76", "#ffd6a5", hz) + ground("#f08a5d", "#6a2c70", hz)
                circle("#fff1c1", w // 2, hz - 10, 40)
                for _ in range(30):
                    x, y = r.randint(0, w), r.randint(hz + 5, h)
                    rect("#ffd6a5", x, y, x + r.randint(20, 70), y + 2)
            else:
                base = sky("#4fb3f6", "#e0f4ff", hz) + ground("#1e88c7", "#76c7e8", hz)
                for _ in range(5):
                    x = r.randint(0, w // 2) if name == "lighthouse" else r.randint(0, w)
                    ellipse("#ffffff", x, r.randint(20, hz - 60), r.randint(40, 80), r.randint(12, 20))
            if name in ("sea", "footprints", "lighthouse"):
                poly("#f3dfb5", [(0, h), (0, int(h * 0.8)), (w // 2, int(h * 0.86)), (w, int(h * 0.78)), (w, h)])
            if name == "lighthouse":
                poly("#ffffff", [(w * 3 // 4 - 20, hz + 10), (w * 3 // 4 - 10, hz - 150), (w * 3 // 4 + 10, hz - 150), (w * 3 // 4 + 20, hz + 10)])
                rect("#e63946", w * 3 // 4 - 16, hz - 90, w * 3 // 4 + 16, hz - 60)
                rect("#f4d35e", w * 3 // 4 - 12, hz - 170, w * 3 // 4 + 12, hz - 150)
            if name == "footprints":
                for k in range(9):
                    ellipse("#d9bf8c", 60 + k * 60, int(h * 0.95) - k * 6 + (k % 2) * 14, 8, 14)
            if name == "sea":
                poly("#ffffff", [(w // 3, hz + 30), (w // 3 + 90, hz + 30), (w // 3 + 70, hz + 50), (w // 3 + 20, hz + 50)])
                rect("#e63946", w // 3 + 40, hz + 14, w // 3 + 60, hz + 30)
        elif name in ("red_roofs", "alley_flowers", "cafe", "cat_wall"):
            base = ["-size", "%dx%d" % (w, h), "gradient:#7ec8f3-#e6f6ff"]
            if name == "red_roofs":
                hills("#4caf50", int(h * 0.55), 20, 40)
                for k in range(7):
                    x = k * w // 7 + r.randint(-10, 10)
                    y = r.randint(int(h * 0.45), int(h * 0.65))
                    rect("#fbf3e4", x, y, x + 80, h)
                    poly("#c0392b", [(x - 8, y), (x + 40, y - 36), (x + 88, y)])
                    for wy in range(y + 15, h - 10, 40):
                        rect("#5d7b94", x + 15, wy, x + 30, wy + 20)
                        rect("#5d7b94", x + 50, wy, x + 65, wy + 20)
                for _ in range(25):
                    circle(r.choice(["#2e7d32", "#43a047", "#388e3c"]), r.randint(0, w), r.randint(int(h * 0.5), h), r.randint(14, 30))
            elif name == "alley_flowers":
                rect("#efe3cf", 0, 0, w // 3, h)
                rect("#e8d5b7", w * 2 // 3, 0, w, h)
                poly("#cdb48f", [(w // 3, h), (w * 2 // 3, h), (w // 2 + 20, int(h * 0.45)), (w // 2 - 20, int(h * 0.45))])
                for _ in range(200):
                    side = r.random() < 0.5
                    x = r.randint(0, w // 3 + 20) if side else r.randint(w * 2 // 3 - 20, w)
                    circle(r.choice(["#d81b60", "#ec407a", "#ad1457", "#f06292"]), x, r.randint(0, int(h * 0.55)), r.randint(5, 10))
                for _ in range(60):
                    circle("#558b2f", r.randint(0, w), r.randint(0, int(h * 0.5)), r.randint(4, 8))
            elif name == "cafe":
                rect("#fdf6ec", 0, 0, w, h)
                rect("#8d6e63", 0, int(h * 0.6), w, h)
                rect("#a5d6a7", w // 8, h // 8, w // 2, h // 2)
                ellipse("#ffffff", w * 2 // 3, int(h * 0.66), 70, 24)
                rect("#ffffff", w * 2 // 3 - 45, int(h * 0.5), w * 2 // 3 + 45, int(h * 0.66), 12)
                ellipse("#6d4c41", w * 2 // 3, int(h * 0.5), 45, 12)
                ellipse("#d7ccc8", w * 2 // 3, int(h * 0.5), 25, 6)
                rect("#ffccbc", w // 4, int(h * 0.62), w // 4 + 120, int(h * 0.7), 8)
                ellipse("#ff8a65", w // 4 + 60, int(h * 0.62), 60, 10)
            else:
                rect("#d7ccc8", 0, int(h * 0.55), w, h)
                for k in range(10):
                    for row in range(4):
                        x, y = k * 70 - (row % 2) * 35, int(h * 0.55) + row * 40
                        d.append(("none", "stroke #bcaaa4 stroke-width 2 fill none rectangle %d,%d %d,%d" % (x, y, x + 70, y + 40)))
                cx, cy = w // 2, int(h * 0.55)
                ellipse("#f5a25d", cx, cy - 28, 50, 30)
                circle("#f5a25d", cx + 44, cy - 60, 24)
                poly("#f5a25d", [(cx + 26, cy - 76), (cx + 32, cy - 100), (cx + 44, cy - 82)])
                poly("#f5a25d", [(cx + 48, cy - 82), (cx + 60, cy - 100), (cx + 64, cy - 74)])
                circle("#3e2723", cx + 36, cy - 62, 3)
                circle("#3e2723", cx + 54, cy - 62, 3)
                d.append(("none", "stroke #f5a25d stroke-width 9 fill none bezier %d,%d %d,%d %d,%d" % (cx - 46, cy - 20, cx - 90, cy + 10, cx - 70, cy + 60)))
        else:
            raise ValueError(name)

        args = list(base)
        for fill, prim in d:
            if fill == "none":
                args += ["-fill", "none", "-draw", prim]
            else:
                args += ["-stroke", "none", "-fill", fill, "-draw", prim]
        args += ["-blur", blur, "-seed", str(r.randint(1, 1 << 30)), "-attenuate", "0.25", "+noise", "Gaussian"]
        return args

    def jpeg(self, scene, w, h, quality, variant=0):
        return self.run(self.scene(scene, w, h, variant) + ["-strip", "-sampling-factor", "2x2", "-quality", str(quality)])

    def emoticon(self, code):
        mouths = {
            "e100": "arc 6,10 18,19 20,160",  # 微笑
            "e106": "arc 5,8 19,20 10,170",  # 大笑
            "e108": "ellipse 12,16 3,4 0,360",  # 惊讶
            "e113": "line 8,16 16,16",  # 撇嘴
            "e117": "arc 6,11 18,20 20,160",  # 开心
        }
        out = os.path.join(self.tmp, code + ".gif")
        args = ["-size", "24x24", "xc:none", "-fill", "#ffcc33", "-stroke", "#d49a00", "-draw", "circle 12,12 12,1",
                "-fill", "#4a3000", "-stroke", "none", "-draw", "circle 8,9 8,10.6", "-draw", "circle 16,9 16,10.6",
                "-fill", "none" if code != "e108" else "#4a3000", "-stroke", "#4a3000", "-strokewidth", "1.5", "-draw", mouths[code]]
        if code == "e106":
            args += ["-fill", "#ff8fab", "-stroke", "none", "-draw", "circle 5,14 5,15.5", "-draw", "circle 19,14 19,15.5"]
        subprocess.run([self.im] + args + ["-strip", out], check=True)
        with open(out, "rb") as f:
            return f.read()

    def avatar(self, index):
        hues = ["#ffb4a2", "#ffd6a5", "#caffbf", "#9bf6ff", "#a0c4ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#e5989b", "#b5e48c", "#f4a261"]
        c = hues[index % len(hues)]
        args = ["-size", "40x40", "xc:%s" % c, "-fill", "#ffffff", "-draw", "circle 20,16 20,8", "-draw", "ellipse 20,40 14,12 180,360"]
        return self.run(args + ["-strip", "-quality", "80"])


def exif_app1(make, model, when):
    """A minimal little-endian EXIF APP1: IFD0 Make/Model/DateTime + Exif IFD DateTimeOriginal/Digitized."""

    def ascii_val(s):
        return s.encode("ascii") + b"\0"

    ifd0 = [(0x010F, ascii_val(make)), (0x0110, ascii_val(model)), (0x0132, ascii_val(when))]
    exif = [(0x9003, ascii_val(when)), (0x9004, ascii_val(when))]
    # Layout: header(8) | IFD0 | IFD0 data | Exif IFD | Exif data
    n0 = len(ifd0) + 1  # + ExifIFD pointer
    ifd0_size = 2 + n0 * 12 + 4
    data0 = b"".join(v for _, v in ifd0)
    exif_off = 8 + ifd0_size + len(data0)
    exif_size = 2 + len(exif) * 12 + 4

    def ifd(entries, start, data_start, extra=()):
        out = struct.pack("<H", len(entries) + len(extra))
        data, off = b"", data_start
        rows = []
        for tag, val in entries:
            rows.append((tag, struct.pack("<HHII", tag, 2, len(val), off)))
            data += val
            off += len(val)
        for tag, raw in extra:
            rows.append((tag, raw))
        for _, raw in sorted(rows):
            out += raw
        return out + struct.pack("<I", 0), data

    t0, d0 = ifd(ifd0, 8, 8 + ifd0_size, extra=[(0x8769, struct.pack("<HHII", 0x8769, 4, 1, exif_off))])
    t1, d1 = ifd(exif, exif_off, exif_off + exif_size)
    tiff = b"II*\0" + struct.pack("<I", 8) + t0 + d0 + t1 + d1
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def with_exif(jpeg, app1):
    assert jpeg[:2] == b"\xff\xd8"
    rest = jpeg[2:]
    if rest[:2] == b"\xff\xe0":  # drop JFIF APP0 so that APP1 comes first, as cameras write it
        rest = rest[2 + struct.unpack(">H", rest[2:4])[0]:]
    return b"\xff\xd8" + app1 + rest


# ----------------------------------------------------------------------------------------------
# Building the export
# ----------------------------------------------------------------------------------------------


def build(painter):
    rnd = Rand(SEED)
    files = {}  # path under ROOT -> bytes

    def put(path, data):
        assert path not in files, path
        files[path] = data

    def media_name(ext=".jpeg"):
        while True:
            name = rnd.hex8() + ext
            if all(not p.endswith("/" + name) for p in files):
                return name

    def comment_obj(i, nick, t, text, replies):
        c = {"IsPasswordLuckyMoneyCmt": "0", "abledel": 1, "content": text, "createTime": cn_date(t),
             "createTime2": t, "createTime3": t[5:7] + "月" + t[8:10] + "日 " + t[11:16], "create_time": epoch(t),
             "name": who(nick)["name"], "reply_num": len(replies), "source_name": "", "t2_source": 1, "t2_subtype": 0,
             "t2_termtype": 0, "tid": i, "uin": who(nick)["uin"]}
        if replies:
            c["list_3"] = []
            for k, (rn, rt, rtext) in enumerate(replies, 1):
                r = {key: c[key] for key in ("IsPasswordLuckyMoneyCmt", "abledel")}
                r.update({"content": rtext, "createTime": cn_date(rt), "createTime2": rt,
                          "createTime3": rt[5:7] + "月" + rt[8:10] + "日 " + rt[11:16], "create_time": epoch(rt),
                          "name": who(rn)["name"], "source_name": "", "t2_source": 1, "t2_subtype": 0, "t2_termtype": 0,
                          "tid": k, "uin": who(rn)["uin"]})
                c["list_3"].append(r)
        return c

    def poster_comment(i, nick, t, text, replies):
        return {"commentid": i, "poster": {"id": who(nick)["uin"], "name": who(nick)["name"]}, "content": text,
                "postTime": epoch(t), "pic": [], "private": 0,
                "replies": [{"poster": {"id": who(rn)["uin"], "name": who(rn)["name"]}, "content": rtext,
                             "postTime": epoch(rt), "pic": [], "private": 0} for rn, rt, rtext in replies]}

    # -- 说说 ---------------------------------------------------------------------------------
    messages = []
    for p in POSTS:
        tid = rnd.hexid(24)
        text = p["text"]
        pics = []
        scene, count = p.get("pics", (None, 0))
        for k in range(count):
            portrait = scene in ("graduation", "cake") and k % 3 == 1
            w, h = (360, 480) if portrait else (480, 360)
            data = painter.jpeg(scene, w, h, 70, variant=k)
            name = media_name()
            put("Messages/images/" + name, data)
            url, key = qpic(rnd, "b")
            pics.append({"height": h, "width": w, "pic_id": key, "pictype": 1, "url1": url.replace("/b/", "/m/"),
                         "url2": url, "url3": url, "smallurl": url.replace("/b/", "/a/"), "is_video": 0,
                         "custom_url": url, "custom_filename": name, "custom_filepath": "images/" + name,
                         "custom_mimeType": ".jpeg"})
        comments = [comment_obj(i, *c) for i, c in enumerate(p.get("cmts", []), 1)]
        lbs = {"id": "", "idname": "", "name": "", "pos_x": "", "pos_y": ""}
        if "lbs" in p:
            idname, addr, lng, lat = LBS[p["lbs"]]
            lbs = {"id": "", "idname": idname, "name": addr, "pos_x": "%.4f" % lng, "pos_y": "%.4f" % lat}
        m = {"certified": 0, "cmtnum": len(comments), "commentlist": comments or None, "conlist": conlist_of(text),
             "content": text, "createTime": cn_date(p["t"]), "created_time": epoch(p["t"]), "editMask": 4398046511104,
             "fwdnum": 0, "has_more_con": 0, "isEditable": 1, "issigin": 0, "lbs": lbs, "name": NICK,
             "pictotal": len(pics), "right": 1, "rt_sum": 0, "secret": 0, "source_appid": "", "source_name": p["dev"],
             "source_url": "", "t1_source": 1, "t1_subtype": 2, "t1_termtype": 0, "tid": tid, "ugc_right": 1,
             "uin": UIN, "wbid": 0}
        if pics:
            m["pic"] = pics
        if "rt" in p:
            rt = p["rt"]
            m.update({"rt_con": {"content": rt["text"], "conlist": conlist_of(rt["text"])},
                      "rt_createTime": cn_date(rt["t"]), "rt_fwdnum": 12, "rt_has_more_con": 0, "rt_tid": rt["tid"],
                      "rt_uin": F[rt["nick"]], "rt_uinname": rt["nick"], "rt_source_name": "QQ空间"})
        m.update({"custom_content": text, "custom_create_time": p["t"], "commenttotal": len(comments),
                  "custom_comments": comments, "imagetotal": len(pics), "custom_images": pics, "custom_videos": [],
                  "custom_audios": [], "custom_voices": [], "custom_magics": [],
                  "uniKey": "http://user.qzone.qq.com/%d/mood/%s" % (UIN, tid)})
        messages.append(m)
    messages.sort(key=lambda m: -m["created_time"])

    # -- 日志 ---------------------------------------------------------------------------------
    blogs = []
    for b in BLOGS:
        blogid = epoch(b["t"])
        body = "".join(b["body"])
        custom, remote = body, body
        if "image" in b:
            data = painter.jpeg(b["image"], 560, 420, 72)
            name = media_name()
            put("Blogs/images/" + name, data)
            url, _ = qpic(rnd, "b")
            custom = body.replace("{img}", '<img src="images/%s" style="max-width:100%%">' % name)
            remote = body.replace("{img}", '<img src="%s" style="max-width:100%%">' % url)
        wrap = '<div class="blog_details_20120222"><h2>%s</h2>%s</div>'
        comments = [poster_comment(i, *c) for i, c in enumerate(b["cmts"], 1)]
        blogs.append({"blogId": blogid, "blogid": blogid, "title": b["title"], "pubTime": b["t"][:16], "pubtime": blogid,
                      "cate": b["cat"], "category": b["cat"], "commentNum": len(comments), "replynum": len(comments),
                      "readnum": 40 + rnd.r.randint(0, 200), "effect": 0, "effect2": 0, "lastModifyTime": blogid + 600,
                      "exblogtype": 0,
                      "html": base64.b64encode((wrap % (b["title"], remote)).encode("utf-8")).decode("ascii"),
                      "custom_html": base64.b64encode((wrap % (b["title"], custom)).encode("utf-8")).decode("ascii"),
                      "custom_title": b["title"], "comments": comments, "likes": [], "likeTotal": 0,
                      "uniKey": "http://user.qzone.qq.com/%d/blog/%d" % (UIN, blogid)})
    blogs.sort(key=lambda b: -b["pubtime"])

    # -- 相册 ---------------------------------------------------------------------------------
    a = ALBUM
    folder = "Albums/%s/%s/" % (a["className"], a["name"])
    photos = []
    for n, (pname, scene, shoot, desc, cmts) in enumerate(ALBUM_PHOTOS, 1):
        when = shoot.replace("-", ":")
        data = with_exif(painter.jpeg(scene, 640, 480, 78, variant=n), exif_app1("Apple", "iPhone 6", when))
        fname = "%02d_%s_%s.jpeg" % (n, pname, rnd.hex8())
        put(folder + fname, data)
        url, key = qpic(rnd, "b")
        upload = "2015-06-27 21:%02d:%02d" % (30 + n, rnd.r.randint(0, 59))
        photos.append({"albumId": a["id"], "albumClassId": a["classid"], "albumClassName": a["className"],
                       "batchId": str(1435412000 + n), "cmtTotal": len(cmts), "desc": desc,
                       "downloadUrl": url.replace("/b/", "/r/"),
                       "exif": {"exposureCompensation": "", "exposureMode": "0", "exposureProgram": "2",
                                "exposureTime": "1/%d" % rnd.r.choice([120, 250, 500, 1000]), "flash": "0",
                                "fnumber": "2.2", "focalLength": "4.15", "iso": str(rnd.r.choice([32, 40, 50, 64])),
                                "lensModel": "iPhone 6 back camera 4.15mm f/2.2", "make": "Apple", "meteringMode": "5",
                                "model": "iPhone 6", "originalTime": when},
                       "height": 480, "width": 640, "is_video": False, "lloc": key, "sloc": key, "picKey": key,
                       "name": pname, "origin": "", "origin_upload": 0, "phototype": 1, "photocubage": len(data),
                       "pre": url.replace("/b/", "/m/"), "raw": url.replace("/b/", "/r/"), "raw_upload": 1,
                       "rawshoottime": shoot, "uploadtime": upload, "url": url, "likes": [],
                       "comments": [poster_comment(i, *c) for i, c in enumerate(cmts, 1)],
                       "custom_url": url.replace("/b/", "/r/"), "custom_filename": fname,
                       "custom_filepath": folder + fname, "custom_mimeType": ".jpeg"})
    cover = photos[5]
    albums = [{"id": a["id"], "name": a["name"], "desc": a["desc"], "classid": a["classid"], "className": a["className"],
               "createtime": epoch(a["created"]), "modifytime": epoch("2015-06-28 12:41:19"),
               "lastuploadtime": epoch(photos[-1]["uploadtime"]), "total": len(photos), "priv": 1, "allowAccess": 1,
               "order": 0, "pre": cover["pre"], "url": cover["url"], "comments": [], "likes": [], "photoList": photos}]

    # -- 留言板 --------------------------------------------------------------------------------
    items = []
    for i, (nick, t, text, image, replies) in enumerate(BOARDS, 1):
        html = text
        for code in EMOTICONS:
            html = html.replace("[em]%s[/em]" % code, '<img src="/qzone/em/%s.gif">' % code)
        ubb = text
        if image:
            name = media_name()
            put("Boards/images/" + name, painter.jpeg(image, 400, 300, 70))
            url, _ = qpic(rnd, "b")
            html += '<br><img src="images/%s">' % name
            ubb += "[img]%s[/img]" % url
        items.append({"id": str(i), "uin": who(nick)["uin"], "nickname": nick, "nick": nick, "pubtime": epoch(t),
                      "htmlContent": html, "ubbContent": ubb, "secret": 0, "signature": "", "capacity": "", "bmp": "",
                      "custom_create_time": t,
                      "replyList": [{"uin": who(rn)["uin"], "nickname": who(rn)["name"], "nick": who(rn)["name"],
                                     "content": rtext, "time": epoch(rt)} for rn, rt, rtext in replies]})
    items.sort(key=lambda it: -it["pubtime"])
    board_info = {"items": items, "authorInfo": {"message": "<div>欢迎来到小满的晴天小屋，留下你的脚印吧～</div>",
                                                 "sign": "慢慢来，一切都来得及"}, "total": len(items)}

    # -- 好友, 访客, 头像 ------------------------------------------------------------------------
    def qlogo(uin):
        return "https://qlogo%d.store.qq.com/qzone/%d/%d/100" % (uin % 4 + 1, uin, uin)

    friends = [{"uin": UIN, "name": NICK, "remark": "", "groupid": 0, "groupName": "我的好友", "groupSortNo": 0,
                "isMe": True, "addFriendTime": 0, "isFriend": 1, "intimacyScore": 0, "common": {"friend": [], "group": []},
                "access": True, "care": False, "deleted": False, "img": qlogo(UIN), "avatar": qlogo(UIN),
                "custom_avatar": "Common/images/%d" % UIN}]
    for uin, nick, remark, gid, gname, added, score in FRIENDS:
        friends.append({"uin": uin, "name": nick, "remark": remark, "groupid": gid, "groupName": gname,
                        "groupSortNo": gid, "isMe": False, "addFriendTime": epoch(added), "isFriend": 1,
                        "intimacyScore": score, "common": {"friend": [], "group": ["高三(5)班"] if gid == 1 else []},
                        "access": True, "care": nick in ("糖糖", "开心就好"), "deleted": False, "img": qlogo(uin),
                        "avatar": qlogo(uin), "custom_avatar": "Common/images/%d" % uin})
    for i, uin in enumerate([UIN] + [f[0] for f in FRIENDS]):
        put("Common/images/%d" % uin, painter.avatar(i))
    visitors = {"items": [{"uin": uin, "name": nick, "shuoshuoes": [], "blogs": [], "photoes": [], "shares": [], "uins": [],
                           "time": epoch(t)} for uin, nick, t in sorted(VISITS, key=lambda v: v[2], reverse=True)],
                "total": len(VISITS), "totalPage": 1}
    for code in EMOTICONS:
        put("Common/images/%s.gif" % code, painter.emoticon(code))

    user = {"uin": UIN, "nickname": NICK, "spacename": "小满的晴天小屋", "desc": "慢慢来，一切都来得及", "sex": 2,
            "birthday": "1992-05-20", "birthyear": 1992, "age": 0, "province": "四川", "city": "成都", "country": "中国",
            "career": "", "company": "", "avatar": qlogo(UIN), "isOwner": True, "messages": len(messages),
            "blogs": len(blogs), "diaries": 0, "photos": len(photos), "videos": 0, "boards": len(items), "favorites": 0,
            "shares": 0, "friends": len(FRIENDS), "visitors": len(VISITS)}
    config = {"Common": {"downloadType": "Browser", "isAutoFileSuffix": True, "Aria2": {"rpc": "http://localhost:6800/jsonrpc"}},
              "Messages": {"exportType": "HTML", "isFull": True, "isGetComment": True}, "Blogs": {"exportType": "HTML"},
              "Diaries": {"exportType": "HTML"}, "Photos": {"exportType": "HTML", "Images": {"RenameType": "Default", "exifType": "raw"}},
              "Videos": {"exportType": "HTML"}, "Boards": {"exportType": "HTML"}, "Friends": {"exportType": "HTML"},
              "Favorites": {"exportType": "HTML"}, "Shares": {"exportType": "HTML"}, "Visitors": {"exportType": "HTML"}}

    put("Messages/json/messages.js", js("messages", messages))
    put("Blogs/json/blogs.js", js("blogs", blogs))
    put("Albums/json/albums.js", js("albums", albums))
    put("Boards/json/boards.js", js("boardInfo", board_info))
    put("Friends/json/friends.js", js("friends", friends))
    put("Visitors/json/visitors.js", js("visitorInfo", visitors))
    put("Common/json/user.js", js("userInfo", user))
    put("Common/json/config.js", js("QZone_Config", config))
    backup = {"Backedup": {str(UIN): [{"module": mod, "data": data, "time": BACKUP_MS} for mod, data in (
        ("Messages", messages), ("Blogs", blogs), ("Photos", albums), ("Boards", board_info), ("Friends", friends),
        ("Visitors", visitors))]}}
    put("Common/json/助手备份数据_%d.json" % UIN, json.dumps(backup, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    # The static pages HTML mode writes; importers never read them, a person opening the folder does.
    def page(title, body, depth):
        up = "../" * depth
        return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>'
                '<script src="%sCommon/json/user.js"></script></head><body><h1>%s</h1>%s</body></html>'
                % (title, up, title, body)).encode("utf-8")

    links = "".join('<li><a href="%s/index.html">%s</a></li>' % (mod, label) for mod, label in (
        ("Messages", "说说"), ("Blogs", "日志"), ("Albums", "相册"), ("Boards", "留言板"), ("Friends", "QQ好友"), ("Visitors", "访客")))
    put("index.html", page("QQ空间备份", "<p>%s(%d)</p><ul>%s</ul>" % (NICK, UIN, links), 0))
    for mod, label, key in (("Messages", "说说", "messages"), ("Blogs", "日志", "blogs"), ("Albums", "相册", "albums"),
                            ("Boards", "留言板", "boardInfo"), ("Friends", "QQ好友", "friends"), ("Visitors", "访客", "visitorInfo")):
        put(mod + "/index.html", page(label, '<div id="list"></div><script src="json/%s.js"></script>'
                                      % key.replace("boardInfo", "boards").replace("visitorInfo", "visitors"), 1))
    return files


def write_zip(files, out):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for path in sorted(files):
            info = zipfile.ZipInfo("%s/%s" % (ROOT, path), date_time=ZIP_TIME)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            stored = path.endswith((".jpeg", ".gif")) or path.startswith("Common/images/")
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(info, files[path], compresslevel=9)
    with open(out, "wb") as f:
        f.write(buf.getvalue())
    return len(buf.getvalue())


# ----------------------------------------------------------------------------------------------
# --check: the structural rules an importer relies on (standard library only)
# ----------------------------------------------------------------------------------------------


def check(path):
    errors = []
    size = os.path.getsize(path)
    if size > MAX_ZIP_BYTES:
        errors.append("zip is %d bytes, more than %d" % (size, MAX_ZIP_BYTES))
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    for n in names:
        if not n.startswith(ROOT + "/"):
            errors.append("entry outside %s/: %s" % (ROOT, n))

    def load(rel, key):
        raw = z.read("%s/%s" % (ROOT, rel)).decode("utf-8")
        prefix = "window.%s = " % key
        if not raw.startswith(prefix) or raw.endswith(";") or "\n" in raw:
            errors.append("%s is not a one-line 'window.%s = <JSON>' without ';'" % (rel, key))
        return json.loads(raw[len(prefix):])

    def exists(rel, what):
        if "%s/%s" % (ROOT, rel) not in names:
            errors.append("%s refers to missing %s" % (what, rel))

    messages = load("Messages/json/messages.js", "messages")
    blogs = load("Blogs/json/blogs.js", "blogs")
    albums = load("Albums/json/albums.js", "albums")
    boards = load("Boards/json/boards.js", "boardInfo")
    friends = load("Friends/json/friends.js", "friends")
    visitors = load("Visitors/json/visitors.js", "visitorInfo")
    user = load("Common/json/user.js", "userInfo")
    json.loads(z.read("%s/Common/json/助手备份数据_%d.json" % (ROOT, UIN)))

    if user.get("uin") != UIN:
        errors.append("user.js uin is %r" % user.get("uin"))
    tids = [m["tid"] for m in messages]
    if len(set(tids)) != len(tids):
        errors.append("duplicate tids")
    if not 35 <= len(messages) <= 50:
        errors.append("%d posts, expected about 40" % len(messages))
    years = sorted({m["custom_create_time"][:4] for m in messages})
    if years[0] != "2008" or years[-1] != "2016":
        errors.append("posts span %s-%s, expected 2008-2016" % (years[0], years[-1]))
    for m in messages:
        if m["created_time"] != int(parse_local(m["custom_create_time"]).timestamp()):
            errors.append("post %s: created_time and custom_create_time disagree" % m["tid"])
        if m["pictotal"] != len(m.get("pic", [])) or m["cmtnum"] != len(m["custom_comments"]):
            errors.append("post %s: counts disagree" % m["tid"])
        for pic in m.get("custom_images", []):
            exists("Messages/" + pic["custom_filepath"], "post %s" % m["tid"])
    features = {
        "emoticon": any("[em]e" in m["content"] for m in messages),
        "mention": any("@{uin:" in m["content"] for m in messages),
        "topic": any("#" in m["content"] for m in messages),
        "repost": any(m.get("rt_tid") for m in messages),
        "location": any(m["lbs"]["idname"] for m in messages),
        "nine pictures": any(m["pictotal"] == 9 for m in messages),
        "comment replies": any(c.get("list_3") for m in messages for c in m["custom_comments"]),
    }
    for name, present in features.items():
        if not present:
            errors.append("no post shows a %s" % name)
    if len(blogs) != 3:
        errors.append("%d blogs, expected 3" % len(blogs))
    blog_images = 0
    for b in blogs:
        html = base64.b64decode(b["custom_html"]).decode("utf-8")
        pos = 0
        while True:
            i = html.find('src="images/', pos)
            if i < 0:
                break
            j = html.index('"', i + 5)
            exists("Blogs/" + html[i + 5:j], "blog %s" % b["blogid"])
            blog_images += 1
            pos = j
    if not blog_images:
        errors.append("no blog has a local image")
    photos = [p for a in albums for p in a["photoList"]]
    if len(albums) != 1 or len(photos) != 8:
        errors.append("%d albums / %d photos, expected 1 / 8" % (len(albums), len(photos)))
    for p in photos:
        if not p["custom_filepath"].startswith("Albums/"):
            errors.append("photo path is not root-relative: %s" % p["custom_filepath"])
        rel = "%s/%s" % (ROOT, p["custom_filepath"])
        if rel in names:
            data = z.read(rel)
            original = p["exif"]["originalTime"].encode("ascii")
            if data[:4] != b"\xff\xd8\xff\xe1" or b"Exif\0\0" not in data[:16] or original not in data[:1024]:
                errors.append("photo %s lacks EXIF DateTimeOriginal %s" % (p["name"], p["exif"]["originalTime"]))
        else:
            exists(p["custom_filepath"], "photo %s" % p["name"])
    if len(boards["items"]) != 8 or boards["total"] != 8:
        errors.append("%d board messages, expected 8" % len(boards["items"]))
    for it in boards["items"]:
        pos = 0
        while True:
            i = it["htmlContent"].find('src="images/', pos)
            if i < 0:
                break
            j = it["htmlContent"].index('"', i + 5)
            exists("Boards/" + it["htmlContent"][i + 5:j], "board message %s" % it["id"])
            pos = j
    if sum(1 for f in friends if f.get("isMe")) != 1 or len(friends) < 6:
        errors.append("friends list needs the owner's row and some friends")
    for f in friends:
        exists(f["custom_avatar"], "friend %s" % f["uin"])
    if len(visitors["items"]) != 2:
        errors.append("%d visitors, expected 2" % len(visitors["items"]))
    for code in EMOTICONS:
        exists("Common/images/%s.gif" % code, "emoticon")
    for info in z.infolist():
        if info.date_time != ZIP_TIME:
            errors.append("%s has timestamp %s" % (info.filename, info.date_time))
            break
    for e in errors:
        print("FAIL:", e)
    print("%s: %d bytes, %d entries, %d posts, %d blogs, %d photos, %d board messages, %d friends, %d visitors"
          % (os.path.basename(path), size, len(names), len(messages), len(blogs), len(photos), len(boards["items"]),
             len(friends) - 1, len(visitors["items"])))
    return 1 if errors else 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(here, "keepsake-sample.zip"))
    ap.add_argument("--check", metavar="ZIP", help="only check an existing sample zip")
    args = ap.parse_args()
    if args.check:
        return check(args.check)
    with tempfile.TemporaryDirectory() as tmp:
        files = build(Painter(tmp, SEED))
    size = write_zip(files, args.out)
    media = sum(len(v) for k, v in files.items() if k.endswith((".jpeg", ".gif")) or k.startswith("Common/images/"))
    print("wrote %s: %d bytes, %d files (%d bytes of pictures)" % (args.out, size, len(files), media))
    return check(args.out)


if __name__ == "__main__":
    sys.exit(main())
