"""Fourteenth blind test set of caller questions for the 12315 consultation knowledge base.

Who: a helper engineer brought in only for this set. The writer wrote none of the
knowledge base and none of the earlier question sets, and read none of them nor any
other file of the project. The only file read was the brief itself,
/tmp/p14/writer_prompt.txt: the brief reached the writer as an unexpanded
`$(cat /tmp/p14/writer_prompt.txt)`, so it had to be opened to be read. Listing
/tmp/p14 to find it also showed the name of one other file there (entries.txt). That
file was not opened.

How: written by hand from general knowledge of what ordinary people in China ask the
12315 consumer complaint and consultation line. No files of the project were searched
and no web search was done. FOURTEENTH holds 300 on-topic questions. About three quarters
are Mandarin written the way the Vosk speech recogniser prints speech: words separated
by spaces, no punctuation, numbers in Chinese characters, spoken fillers, regional turns,
and in about one question in eight a wrong character that sounds the same. About one
quarter are English typed into a web chat: lower case, no punctuation, some misspellings,
non-native grammar. OFF_TOPIC_FOURTEENTH holds 40 questions the consumer line cannot
answer, in the same mix of styles. About a third of them use consumer-sounding words.

When: Wed Dec  2 02:47:18 UTC 2026 (output of `date -u`).

Committed unlabelled (8c6e725), before any label or measurement.

Labels: added on 2026-12-02 at about 02:55 UTC by two helper engineers, each on their own and blind to the other,
neither of whom wrote the knowledge base or this set, against the 83 entries valid on 2026-12-02 (LABELLED_AGAINST,
the thirteenth set's), seeing only each entry's id, category and English question (no answers, paraphrases,
keywords, asked questions or examples, no other test or bench file, no retrieval run over the set). Each gave the
entry whose answer would help that caller most, or None where no entry's question covers what is asked, and a
runner-up. Eleven texts that repeat earlier sets or a text of the base were dropped by a script, unread, before any
measurement (seven questions, four off-topic). Of the 293 questions kept, the first labeller gave 260 an entry and 33
None, the second 258 and 35; they agree on 280 (248 of the 260 the first gave an entry). Chosen before any
measurement: the set's labels (FOURTEENTH_LABELLED) are the first labeller's; the second's are a second measure.
"""

from __future__ import annotations

from tests.knowledge.held_out_thirteenth import LABELLED_AGAINST as THIRTEENTH_LABELLED_AGAINST

FOURTEENTH: list[str] = [
    '我 想 问 一下 网上 买 的 衣服 七天 无理由 退货 商家 说 吊牌 剪 了 就 不 给 退 这 合理 吗',
    '呃 就是 我 在 淘宝 上 买 了 一双 鞋 穿 了 一次 觉得 不 合脚 还 能 七天 无理由 退 吗',
    '拼多多 买 的 东西 退货 运费 谁 出',
    '那个 我 买 的 是 定制 的 窗帘 商家 说 定制 的 不 能 退 是 真 的 吗',
    '网购 的 海鲜 到 了 都 臭 了 商家 说 生鲜 不 支持 退货 咋整',
    '七天 无理由 退货 是 从 哪 天 开始 算 的 是 下单 那天 还是 收到 货 那天',
    '我 在 直播间 买 的 面膜 拆 了 包装 主播 说 拆 了 就 不 退 了 这个 有 规定 吗',
    '退或 寄 回去 商家 签收 了 半个月 了 钱 还 没 退 给 我 怎么办',
    '网上 买 的 手机 激活 了 还 能 不 能 七天 无理由 退',
    '我 在 商场 买 了 一件 羽绒服 两千 三百 块 回家 发现 袖子 上 有 个 洞 去 退 商场 说 只 能 换 不 能 退',
    '推款 申请 了 十天 了 商家 一直 不 处理 我 该 找 谁',
    '订金 和 定金 有 啥 区别 我 交 了 五百 块 不 想 买 了 能 要 回来 不',
    '超市 买 的 东西 没 拆 封 第二天 去 退 他们 说 没有 小票 不 给 退',
    '俺 在 镇上 店里 买 的 电动车 电瓶 用 了 一个 月 就 不 行 了 老板 不 认账 咋整',
    '手机 买 了 二十 天 屏幕 自己 出现 一条 绿线 能 换 新 的 吗',
    '冰相 买 了 半年 不 制冷 修 了 两次 还是 不 行 能 退 吗',
    '三包 期 是 多久 笔记本 电脑 主要 部件 坏 了 怎么 算',
    '空调 保修 期 内 坏 了 售后 说 要 收 一百 五 的 上门 费 这个 该 我 出 吗',
    '呃 那个 我 想 问 保休 期 内 换 的 零件 保修 期 是 重新 算 吗',
    '电视机 买 了 一年 零 两个 月 坏 了 厂家 说 过 保 了 但是 当时 导购 说 的 整机 保修 三年',
    '商家 说 三报 只 管 换 不 管 退 对 不 对',
    '热水器 刚 装 好 就 漏电 差点 电 到 人 找 谁 负责 商家 还是 厂家',
    '客副 说 我 这个 属于 人为 损坏 不 给 保修 可 我 啥 也 没 干 它 自己 就 黑屏 了',
    '我 在 网上 买 的 名牌 包 拿 去 专柜 鉴定 说 是 假 的 能 要求 赔 三倍 吗',
    '就是 那个 加货 怎么 认定 要 去 哪里 鉴定',
    '我 在 烟酒 店 买 的 两瓶 茅台 喝 着 不 对 劲 怀疑 是 假酒 老板 说 开 了 瓶 就 不 认',
    '买 到 假 的 运动鞋 商家 说 是 公司 货 不是 假 的 我 怎么 证明',
    '商家 承诺 假 一 赔 十 现在 查出 是 假 的 他 只 肯 退 货 不 赔',
    '退 一 赔 三 最低 赔 多少 钱 我 买 的 东西 才 八十 块',
    '超市 买 的 牛奶 回家 一看 过期 三天 了 能 要求 十倍 赔偿 吗',
    '饭店 吃 饭 吃出 一只 苍蝇 老板 只 说 给 换 一盘 可以 要求 赔长 吗',
    '过期 实品 卖 给 我 了 我 还 没 吃 能 不 能 索赔',
    '吃 了 夜市 摊 的 烧烤 拉 肚子 住 了 两天 院 花 了 三千 多 找 谁 赔',
    '那个 我 买 的 进口 零食 全是 外文 没有 中文 标签 可以 投诉 吗',
    '十倍 赔偿 不足 一千 的 按 一千 赔 是 吗',
    '小孩 喝 了 学校 门口 买 的 饮料 肚子 疼 饮料 是 三无 产品',
    (
        '我 在 健身房 办 了 一张 年卡 三千 六 才 用 了 两个 月 健身房 就 关门 了 老板 也 找 不到 人 了 群 也 解散 '
        '了 我们 几十 个 会员 都 是 这样 咋办'
    ),
    '理发店 充 了 两千 块 现在 换 老板 了 新 老板 不 认 以前 的 卡',
    '预负卡 没 用 完 想 退 商家 说 卡 上 写 了 概不退款',
    '美容院 办 卡 的 时候 说 送 十次 护理 现在 说 活动 结束 了 不 给 做 了',
    '呃 就是 我 给 孩子 报 了 一个 英语 培训班 一次 交 了 两万 八 上 了 几节 课 机构 就 跑路 了',
    '会圆卡 里 的 钱 过期 就 作废 这个 合理 吗',
    '商家 倒闭 了 预付 卡 里 还有 钱 能 找 市场监管 局 帮 要 回来 吗',
    '健生房 私教 课 买 了 三十 节 教练 离职 了 换 的 教练 我 不 满意 剩下 的 课 能 退 不',
    '抖音 直播间 买 的 玉镯子 主播 说 是 天然 的 结果 是 染色 的',
    '网购 东西 商价 发 错 货 了 还 要 我 自己 出 运费 寄 回去',
    '网上 下单 付 了 钱 商家 说 没货 了 让 我 取消 订单 我 可以 要求 他 发货 吗',
    '我 在 朋友圈 微商 那 买 的 减肥 药 吃 了 心慌 也 没有 店铺 怎么 投诉',
    '网店 给 了 差评 以后 商家 天天 打 电话 骚扰 我',
    '京东 上 买 的 东西 说 好 的 保价 结果 降价 了 不 给 退 差价',
    '美团 外卖 送 来 的 饭 洒 了 一半 商家 和 骑手 互相 推',
    '外麦 里 吃 出 钢丝 球 的 丝 平台 只 给 了 五块 钱 红包',
    '外卖 超时 一个 小时 饭 都 凉 了 能 全额 退款 吗',
    '点 的 外卖 店铺 照片 是 大店 结果 是 一个 小 作坊 没有 营业 执照',
    '快递 丢 了 快递 公司 说 没 保价 只 赔 三倍 运费 东西 值 两千 块',
    '快第 没 送 到 家 直接 放 驿站 还 要 我 自己 去 取 可以 投诉 吗',
    '快递 显示 已 签收 但 我 根本 没 收到',
    '寄 的 瓷器 碎 了 快递 说 是 包装 问题 不 赔',
    '就是 那个 寄 快递 的 时候 称重 明明 一公斤 收 了 我 三公斤 的 钱',
    (
        '去 理发 说好 三十 八 剪 个 头 结果 一边 剪 一边 推销 烫 染 最后 结账 一千 二 我 说 不 做 了 他 说 药水 都 '
        '上 了'
    ),
    '美溶 院 做 的 皮肤 护理 脸 过敏 了 红肿 一个 星期',
    '染 头发 染 的 颜色 跟 说好 的 完全 不 一样 能 退钱 吗',
    '医美 机构 打 的 玻尿酸 有 硬块 他们 说 是 正常 反应',
    '做 双眼皮 手术 两边 不 一样 大 机构 不 给 修复',
    '跟 旅行团 去 云南 导游 带 我们 去 玉石 店 不 买 就 不 让 走',
    '低价 团 一 人 才 九百 九 到了 那边 各种 加 钱',
    '旅行社 临时 取消 行程 只 退 团费 不 赔 我 请假 的 损失',
    '景区 门票 说 好 的 包含 索道 到 了 又 要 另外 买',
    '携程 订 的 酒店 到了 前台 说 没 房 了',
    '手机 话费 里 莫名其妙 多 了 一个 十五 块 的 增值 业务 我 从来 没 开 过',
    '宽带 合约 还 没 到期 我 要 搬家 运营商 要 收 违约金',
    '营业厅 办 了 个 送 手机 的 套餐 现在 想 改 低 一点 的 套餐 不 给 改',
    '呃 营业厅 的 人 给 我 老爸 办 了 个 宽带 他 根本 不 懂 每个 月 扣 一百 多',
    '手机 卡 销户 了 以后 还 在 扣 我 银行 卡 的 钱',
    '新 车 提 了 三天 发现 车 漆 有 补 过 的 痕迹 能 退 车 吗',
    '去 店 里 买 车 要 我 交 三千 块 的 金融 服务费 不 交 不 卖',
    '汽车 三包 规定 里面 说 的 发动机 坏 了 几次 能 换 车',
    '二手 车 买 回来 发现 是 泡水 车 车商 不 承认',
    '汽车 保养 店 说 换 的 是 原厂 机油 结果 发现 是 杂牌 的',
    '电动 汽车 续航 宣传 六百 公里 实际 跑 三百 多 就 没电 了',
    '车 刚 过 保修 期 一个 月 变速箱 就 坏 了 厂家 说 不 管',
    '网上 找 的 上门 修 空跳 的 说 加 个 氟 要 八百 块 这 正常 吗',
    '开 锁 的 电话 上 说 五十 块 上门 了 收 我 三百',
    '维秀 洗衣机 换 了 个 零件 收 了 六百 过 两天 又 坏 了',
    '疏通 下水道 师傅 来 了 先 说 一百 通 完 要 五百 不 给 钱 不 走',
    '家电 维修 师傅 说 主板 坏 了 要 换 新 的 我 怎么 知道 他 是 不 是 骗 我',
    '修 电脑 的 说 数据 恢复 要 三千 块 恢复 了 一半 也 要 全价',
    '租 的 房子 到期 退租 房东 不 退 押金 说 墙 有 点 脏',
    '押经 交 了 两个 月 的 中介 说 要 扣 一个 月 违约金 我 只是 提前 半个 月 搬',
    '租放 中借 收 了 我 一个 月 房租 的 中介费 后来 房子 没 租 成 中介费 退 不 退',
    '长租 公寓 爆雷 了 我 交 了 一年 的 房租 现在 房东 要 赶 我 走',
    '租房 的 时候 说 家电 齐全 住 进 去 空调 是 坏 的 房东 不 修',
    '俺 租 的 房子 电费 房东 按 一块 五 一度 收 这 合理 不',
    '演唱汇 取消 了 票 钱 只 退 了 票面 价 我 是 从 二手 平台 高价 买 的',
    '话剧 票 买 了 临时 有 事 去 不 了 平台 说 不 退 不 换 合理 吗',
    '音乐节 延期 了 我 能 不 能 要求 全额 退票',
    '演唱会 门票 实名 制 我 朋友 替 我 去 不 让 进 票 钱 能 退 吗',
    '黄牛 卖 给 我 的 球赛 票 是 假 的 进 不 了 场',
    '航班 延误 了 六个 小时 航空 公司 只 给 了 一份 盒饭 能 要 赔偿 吗',
    '行理 托运 的 时候 箱子 轮子 被 摔 坏 了 航空 公司 怎么 赔',
    '机漂 在 网上 买 的 退票 手续费 收 了 百分之 八十',
    '航空 公司 超售 我 上 不 了 飞机',
    '托运 行李 丢 了 里面 有 电脑 和 衣服 值 一万 多',
    '廉价 航空 随身 行李 超重 一公斤 罚 了 我 三百',
    '酒店 订 的 是 无烟 房 进去 一股 烟味 要 换 房 说 没 房 了',
    '酒店 退房 的 时候 说 我 弄脏 了 床单 要 赔 五百',
    '民宿 照片 拍 得 特别 好 看 去 了 又 脏 又 破 能 退 吗',
    (
        '呃 我 家 老人 上 个 礼拜 在 医院 走 了 殡仪馆 那边 推荐 的 骨灰盒 一个 要 两万 多 我们 说 自己 买 他们 说 '
        '不 买 就 不 让 用 他们 的 告别 厅 这 是 不 是 强制 消费'
    ),
    '墓地 买 了 交 了 钱 现在 说 还 要 交 二十 年 的 管理费',
    '医院 太平间 外面 的 人 说 是 殡葬 一条龙 服务 后来 收 的 钱 比 说好 的 多 一倍',
    '殡葬 服务 的 收费 标准 在 哪 能 查 到',
    '买 的 寿衣 指量 很 差 人家 说 这种 东西 不 能 退',
    '宠物 店 买 的 小狗 回家 三天 就 得 了 细小 死 了 店家 不 认',
    '宠物 医院 给 我 家 猫 做 绝育 手术 猫 死 了 医院 说 是 麻醉 意外',
    '网上 买 的 猫粮 猫 吃 了 就 吐 怀疑 是 假 的',
    '宠物 洗澡 店 把 我 的 狗 毛 剪 坏 了 皮 都 破 了',
    '那个 宠物 医院 收费 太 贵 了 一个 检查 就 要 一千 多 还 不 给 明细',
    '同一个 打车 软件 同样 的 路线 我 的 手机 比 我 老婆 的 贵 这 是 不 是 大数据 杀熟',
    '视频 会员 自动 续费 扣 了 我 三年 我 都 不 知道 能 退 吗',
    '旅游 软件 上 订 机票 老 用户 看到 的 价格 比 新 用户 高',
    '手机 应用 里 取消 自动 续费 的 按钮 藏 得 很 深 根本 找 不 到',
    '那个 购物 软件 上 的 先 用 后 付 我 根本 没 开 通 就 被 扣 钱 了',
    '我 想 问 一下 打 一二三一五 投诉 以后 多 久 会 有 人 联系 我',
    '投诉 了 以后 商家 一直 不 回应 你们 能 强制 他 赔 吗',
    '上 个 月 投素 的 那个 事 到现在 还 没 人 管 怎么 查 进度',
    '我 和 商家 已经 自己 协商 好 了 之前 的 投诉 怎么 撤回',
    '调解 不 成 的话 下 一步 我 该 怎么办',
    '投诉 需要 准备 什么 材料',
    '网上 怎么 投诉 有 没 有 小程序 或者 网站',
    '投诉 的 时候 要 不 要 留 真实 姓名 商家 会 知道 是 我 投诉 的 吗',
    '举报 和 投诉 有 什么 区别 举报 有 奖励 吗',
    '商家 在 外地 我 在 本地 投诉 是 找 哪 边 的 市场监管 局',
    '就是 我 投诉 的 那个 单子 显示 已 办结 但是 问题 根本 没 解决',
    '投诉 处理 结果 我 不 满意 能 不 能 重新 投诉',
    '事情 过去 三年 了 还 能 投诉 吗',
    '超市 价签 上 写 的 九块 九 结账 的 时候 收 了 我 十二 块 九',
    '先 涨价 再 打折 这种 算 不 算 价格 欺诈',
    '饭店 菜单 上 没有 标 价格 结账 的 时候 一条 鱼 收 了 我 八百 八',
    '景区 里 一瓶 矿泉水 卖 十五 块 能 投诉 吗',
    '价隔 标 的 是 一斤 的 价 结账 的 时候 说 是 一两 的 价',
    '装修 公司 收 了 我 十万 块 装修 款 干 了 一半 不 干 了',
    '装修 完 墙面 开裂 装修 公司 说 是 房子 本身 问题',
    '装修 合同 签 的 是 环保 材料 住 进 去 甲醛 超标',
    '全屋 定制 的 柜子 尺寸 做 错 了 装 不 进去',
    '装修 公司 中途 加 项 原本 说 的 八万 最后 要 十五 万',
    '饭店 规定 最低 消费 一 千 元 才 能 用 包间 这 合法 吗',
    '自己 带 的 酒 饭店 要 收 开瓶费 两百',
    '自助餐 说 剩 一两 罚 十 块 这个 可以 吗',
    '吃 火锅 的 时候 锅 炸 了 烫 伤 了 胳膊',
    '金店 买 的 黄金 手镯 按 克 卖 还 另外 收 了 八百 的 工费',
    '那个 我 去 金店 换 款 他们 说 要 折 旧 每克 扣 二十 块',
    '珠宝 店 买 的 钻石 证书 跟 钻石 对 不 上',
    '我 妈 被 人 拉 去 听 健康 讲座 花 了 两万 多 买 保健品 说 能 治 糖尿病',
    '老人 在 推销 会 上 买 的 磁疗 床垫 一万 八 一点 用 没有',
    '老年人 旅游 团 一天 十块 钱 结果 拉 去 卖 保健品',
    '呃 我 爸 在 小区 门口 领 鸡蛋 后来 被 忽悠 买 了 三千 块 的 净水器',
    '那个 商家 上门 给 老人 检测 水质 说 水 有 毒 要 装 净水器',
    '闲鱼 上 买 的 二手 手机 卖家 说 没有 修 过 拿 到 发现 换 过 屏',
    '二手 平台 上 个人 卖家 能 不 能 投诉',
    '在 二手 奢侈品 店 买 的 包 说 是 正品 鉴定 是 高仿',
    '回收 旧 手机 的 估价 的 时候 说 五百 到 店 就 只 给 一百',
    '干洗店 把 我 的 大衣 洗 缩水 了 只 愿意 赔 洗衣 费 的 五倍',
    '衣服 洗 了 一次 就 掉色 把 别的 衣服 都 染 了',
    '新 买 的 鞋子 穿 了 三天 鞋底 就 开胶 了',
    '燃气 公司 强制 要 我 买 他们 指定 的 报警器',
    '电费 突然 比 上 个 月 多 了 一倍 怀疑 电表 有 问题',
    '燃气 公司 上门 安检 说 我 家 的 软管 不 合格 要 换 一根 收 两百',
    '孩子 用 我 的 手机 玩 游戏 充值 了 八千 多 能 退 吗',
    '小孩 看 直播 给 主播 打赏 了 两万 块 钱 平台 说 是 成年人 账号 不 给 退',
    '游戏 公司 关 服 了 里面 充 的 钱 怎么办',
    '孩子 在 学校 门口 小卖部 买 盲盒 一天 花 了 几百',
    '我 刚 买 了 房子 就 有 装修 公司 打 电话 他们 怎么 知道 我 信息 的',
    '商场 注册 会员 一定 要 刷 脸 不 同意 就 不 给 办',
    '买 东西 商家 强制 要 我 填 身份证 号',
    '菜 市场 买 了 两斤 肉 回家 一称 只有 一斤 六',
    '加油站 加 的 油 感觉 不够 数',
    '买 的 大米 包装 上 写 的 十斤 称 了 只有 九斤 多',
    '商场 抽奖 中 了 一台 电视 去 领 的 时候 说 要 先 交 税 和 运费',
    '满 三百 减 五十 的 活动 退货 的 时候 要 把 优惠 扣 回去',
    '共享 充电宝 我 还 了 一直 显示 没 还 扣 了 九十 九',
    '买 东西 商家 不 给 开 发漂 说 开 发票 要 加 六个 点',
    '网上 买 的 东西 商家 说 发票 要 另外 收 邮费',
    '婚纱 照 拍 完 了 选 片 的 时候 又 要 加 钱 一张 两百',
    '婚庆 公司 婚礼 当天 布置 的 跟 合同 里 的 完全 不 一样',
    '家里 出 了 事 要 取消 婚宴 酒店 两万 定金 一分 不 退',
    '影楼 倒闭 了 照片 还 没 拿 到',
    '网课 说 不 满意 随时 退 结果 退 的 时候 要 扣 一半',
    '驾校 报名 的 时候 说 包 过 结果 补考 还 要 交 钱',
    '电视鸡 开机 全 是 广告 关 都 关 不 掉',
    '买 的 电热毯 用 了 一晚 上 就 冒烟 了',
    '儿童 玩具 上 的 小 零件 掉 了 孩子 差点 吞 下去',
    '电动 自行车 充电 的 时候 起火 了 把 家里 烧 了 一块',
    '团购 的 餐券 去 了 店里 说 不 能 用',
    '搬家 公司 东西 装 上 车 了 突然 加 价 不 给 就 不 卸',
    '月子 中心 交 了 五万 说好 的 服务 一样 都 没 做 到',
    '眼镜 店 配 的 眼镜 戴 着 头晕 验光 有 问题',
    (
        '俺 想 问 一下 俺 在 县城 那个 家电 城 买 了 台 空调 三千 八 说好 的 包 安装 结果 安装 师傅 来 了 又 收 了 '
        '俺 四百 块 的 铜管 钱 这 中不中'
    ),
    '啥子 叫 七天 无理由 哦 我 在 网上 买 的 裤子 可以 退 不',
    '我们 这边 镇上 那个 超市 卖 过期 的 方便面 好 几 回 了 咋整 嘛',
    '侬 好 我 想 问 一下 我 在 上海 南京 路 那 家 店 买 的 手表 走 了 一个 礼拜 就 不 走 了',
    (
        '哎呀 就是 那个 我 上 个 礼拜 在 成都 春熙路 那边 一个 商场 买 了 一个 扫地 机器人 花 了 两千 九 拿 回家 '
        '扫 了 两天 就 不 动 了 我 拿 去 找 他们 他们 说 要 寄 回 厂家 检测 要 半个 月 我 就 想 直接 退 可不可以 '
        '得行 不'
    ),
    (
        '我 跟 你 说 啊 我 老公 在 武汉 光谷 那边 一个 手机 店 买 了 个 手机 人家 说 是 全新 的 国行 的 六千 五 '
        '结果 拿 回来 一查 是 翻新 机 还 是 别的 国家 的 版本 我们 去 找 老板 老板 说 售出 概 不 负责 这 不 是 '
        '欺负 人 吗'
    ),
    (
        '喂 你 好 是 一二三一五 吧 我 想 咨询 一下 就是 我 去年 在 广州 天河 那边 一家 口腔 诊所 做 了 个 牙齿 '
        '矫正 一共 三万 二 交 了 两万 结果 现在 诊所 说 要 关门 了 让 我 转 到 别的 店 去 还 要 我 补 钱'
    ),
    '那个 我 想 问 一下 咋整 俺 爹 在 集上 买 的 种子 种 下去 一棵 苗 都 没 出',
    (
        '我 给 你 讲 我 在 西安 回民街 买 了 一斤 牛肉 干 说 的 是 六十 一斤 称 的 时候 他 说 是 六十 一两 一共 收 '
        '了 我 六百'
    ),
    (
        '就是 我 在 网上 买 了 个 沙发 一万 二 送 货 的 时候 颜色 不 对 我 要 退 商家 说 大件 要 我 出 来回 运费 '
        '八百 块 我 觉得 不 合理'
    ),
    '呃 那个 我 在 杭州 西湖 边 上 坐 了 个 三轮车 说好 的 二十 块 一圈 结果 下车 要 两百',
    (
        '你 好 我 想 问 一下 就是 我 在 南宁 一家 婚纱 店 订 了 婚纱 交 了 三千 定金 后来 婚期 推迟 了 去 退 他们 '
        '说 定金 不 退 可 当时 也 没 说 是 定金 还是 订金'
    ),
    '我 儿子 在 网上 报 了 一个 考研 的 辅导 班 说 是 不 过 全 退 结果 没 考 过 去 退 钱 人家 说 要 满足 好多 条件',
    '啥子 情况 嘛 我 在 重庆 解放碑 吃 火锅 结账 多 算 了 两 盘 毛肚 老板 还 凶 得 很',
    (
        '我 想 咨询 一下 买 了 台 二手 车 九万 八 说 是 个人 一手 车 没 出 过 事故 开 了 一个 月 去 修 的 时候 '
        '修理 厂 说 这 车 大 修 过 车架 都 换 过'
    ),
    (
        '呃 那个 我 在 苏州 一家 按摩 店 办 了 个 卡 八千 块 现在 店 里 贴 了 个 通知 说 装修 暂停 营业 已经 三个 '
        '月 了 电话 也 不 接'
    ),
    (
        '我 老家 是 河南 的 在 北京 打工 上 个 月 在 一个 黑 中介 那 租 的 房子 交 了 押 一 付 三 一共 八千 住 了 '
        '一个 礼拜 真 房东 来 了 说 中介 根本 没 权利 租'
    ),
    '那个 咱 这 有 没 有 说法 网上 买 的 保温杯 说 是 三百 零 四 不锈钢 检测 出来 是 二百 零 一 的',
    '投诉 电话 是 多少',
    '怎么 退货',
    '快递 丢 了 咋整',
    '预付卡 退 不 了',
    '吃 坏 肚子 了 找 谁',
    'i bought a phone on taobao and it broke after 5 days can i return it',
    'hello i am foreigner living in shanghai my landlord dont return my deposit 5000 rmb what can i do',
    'the gym i paid for one year closed down and owner disapear how get my money back',
    'my flight delayed 8 hours does airline need to compensate me in china',
    'airline lost my luggage at pudong airport who i should contact',
    'i bought fake nike shoes from a shop in beijing can i ask triple refund',
    'what is the 7 days no reason return rule',
    'resturant charge me service fee 15 percent is it allowed',
    'taxi app charge me more than my friend for same trip',
    'can foreigners complain to 12315 or only chinese people',
    'i found expired food in supermarket can i get compensaton',
    'how long does warrenty last for laptop in china',
    'my washing machine broke repair man ask 800 yuan for small part is that normal',
    'the hotel i booked in ctrip said no room when i arrive at night',
    'concert was cancel but the ticket platform only refund half',
    'i want to withdraw my complain because the shop already refunded me',
    'how can i check the progress of my complaint i have complaint number',
    'my complaint was closed but nobody call me',
    'the seller on pinduoduo sent me wrong size and wont accept return',
    'i bought a used car and the dealer hide that it was in accident',
    'new car have paint problem after 2 days can i return',
    'my kid spend 3000 yuan on game with my phone can i get refound',
    'app auto renew membership without asking me how to cancel and refund',
    'pet shop sold me sick puppy it died after one week',
    'vet clinic overcharge me and wont give receipt',
    'the tour guide forced us to shopping in yunnan',
    'my express package lost and courier only pay 3 times shipping fee',
    'delivery say signed but i never recieve it',
    'food delivery came very late and cold can i get refund',
    'i found hair in my meal at restaurant what compensation i can ask',
    'phone company charge me for service i never subscribe',
    'can i cancel my broadband contract when i leave china',
    'the shop say no refund only exchange is this legal',
    'i paid deposit for furniture and the shop closed',
    'beauty salon make my skin allergy after facial treatment',
    'my hair cut was terrible and they charge much more than the price list',
    'is there english service on 12315 hotline',
    'the training school for my son closed and took our tuition fee',
    'rental agent charged me one month rent as agency fee is that legal',
    'the apartment look totaly different from the photos on the rental app',
    'funeral home charge very expensive and forced us buy their urn',
    'my online order was cancelled by seller because price was wrong can i insist',
    'i was charged twice for same item at supermarket',
    'price tag says 20 but cashier charge 25',
    'the product has no chinese label is it legal to sell',
    'the jewelry shop said 18k gold but test show its not',
    'i bought milk powder for baby and it looks fake',
    'where i can complain about a shop on jd that dont answer',
    'seller threaten me after i give bad review',
    'locksmith quoted 50 yuan but charged 400 after open the door',
    'air conditioner leaking water after install and installer dont come back',
    'how many days the shop must reply after i complain',
    'what document i need to make a complain',
    'i live in shenzhen but the shop is in hangzhou where i complain',
    'dry cleaner lost my coat',
    'electric scooter battery die after 2 month seller refuse warranty',
    'i bought a bicycle online and some parts missing',
    "the hostel keep my deposit saying i broke something i didn't",
    'shared power bank charge me 99 yuan even i returned it',
    'my gym membership card cant transfer to my friend is this fair',
    'the theater didnt let me in because ticket name not match',
    'live streaming seller sold me jade that is dyed',
    'do i have right to get refund if product is on sale',
    'the seller refuse give fapiao invoice',
    'wedding photographer delete my photos before i get them',
    'the renovation company stop working after i paid half',
    'hi i am tourist my hotel in xian charge extra cleaning fee for no reason',
    'phone screen broken in 10 days is it covered by san bao',
    'mooncake gift box is mostly packaging is it allowed',
    'my mother buy health supplement 20000 yuan from sales talk can we get money back',
    'train ticket refund fee too high i refund 2 days before',
    'car rental company charge me for scratch that was already there',
    'moving company raise price after load all my things in truck',
    'shop ask me to scan face for membership can i refuse',
]

OFF_TOPIC_FOURTEENTH: list[str] = [
    '明天 杭州 下 不 下雨',
    '我 想 贷款 五十 万 买 房 哪个 银行 利息 低',
    '我 跟 老公 要 离婚 孩子 抚养权 咋 判',
    '社保 断 交 了 三个 月 怎么 补 交',
    '个人 所得税 年度 汇算 退税 怎么 弄',
    '我 老婆 是 越南 人 怎么 给 她 办 来 中国 的 签证',
    '孩子 发烧 三十 九 度 要 吃 啥 药',
    '公司 拖 了 我 三个 月 工资 不 发 我 要 投诉 这个 公司',
    '楼上 邻居 天天 半夜 跺 脚 吵 得 睡 不 着 我 要 投诉 他',
    '孩子 上 小学 划片 到 哪个 学校 在 哪 查',
    '呃 就是 我 的 驾驶证 到期 了 去 哪 换',
    '我 买 的 股票 跌 了 一半 能 不 能 找 证券 公司 退款',
    '交通 罚款 交 多 了 能 退款 吗',
    '公司 把 我 辞退 了 不 给 赔偿 金 找 谁',
    '我 买 的 彩票 中 了 五千 块 去 哪 领',
    '我 家 的 狗 咬 了 邻居 小孩 要 赔 多少 钱',
    '护照 丢 了 怎么 补办',
    '退休 金 每个 月 多少 怎么 算',
    '房子 拆迁 补偿 太 少 了 找 谁',
    '我 朋友 借 了 我 两万 块 不 还 咋整',
    '网上 刷单 被 骗 了 三万 块 能 找 你们 退款 吗',
    '高考 志愿 怎么 填',
    '医保 卡 在 外地 能 不 能 用',
    '老师 体罚 我 家 孩子 我 要 投诉 学校',
    '公交车 司机 态度 不 好 我 想 投诉 他',
    '俺 村里 宅基地 跟 邻居 有 纠纷 找 谁',
    '信用卡 逾期 了 银行 天天 打 电话 催收',
    'what is the weather in beijing tomorrow',
    'my company dont pay my salary for 2 months can i complain to you',
    'how much tax i have to pay for my salary in china',
    'i got a speeding ticket how to pay the fine online',
    'can you recommend a good doctor for my back pain',
    'i want to buy a house in china as foreigner is it allowed',
    'my neighbour play loud music every night who can i complain',
    'i lost my residence permit what should i do',
    'can i get refund of my social insurance when i leave china',
]

# (question, first label, first runner-up, second label, second runner-up): two labellers, each on their own
LABELS_BOTH: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    (
        '我 想 问 一下 网上 买 的 衣服 七天 无理由 退货 商家 说 吊牌 剪 了 就 不 给 退 这 合理 吗',
        'online_seven_day_return', 'seven_day_return_exceptions',
        'online_seven_day_return', 'seven_day_return_exceptions',
    ),
    (
        '呃 就是 我 在 淘宝 上 买 了 一双 鞋 穿 了 一次 觉得 不 合脚 还 能 七天 无理由 退 吗',
        'online_seven_day_return', 'seven_day_return_exceptions',
        'online_seven_day_return', 'seven_day_return_exceptions',
    ),
    (
        '拼多多 买 的 东西 退货 运费 谁 出',
        'return_shipping_cost', 'online_seven_day_return', 'return_shipping_cost', 'online_seven_day_return',
    ),
    (
        '那个 我 买 的 是 定制 的 窗帘 商家 说 定制 的 不 能 退 是 真 的 吗',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '网购 的 海鲜 到 了 都 臭 了 商家 说 生鲜 不 支持 退货 咋整',
        'spoiled_on_arrival', 'seven_day_return_exceptions', 'spoiled_on_arrival', 'seven_day_return_exceptions',
    ),
    (
        '七天 无理由 退货 是 从 哪 天 开始 算 的 是 下单 那天 还是 收到 货 那天',
        'online_seven_day_return', None, 'online_seven_day_return', None,
    ),
    (
        '我 在 直播间 买 的 面膜 拆 了 包装 主播 说 拆 了 就 不 退 了 这个 有 规定 吗',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '退或 寄 回去 商家 签收 了 半个月 了 钱 还 没 退 给 我 怎么办',
        'online_seven_day_return', None, 'online_seven_day_return', None,
    ),
    (
        '网上 买 的 手机 激活 了 还 能 不 能 七天 无理由 退',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '我 在 商场 买 了 一件 羽绒服 两千 三百 块 回家 发现 袖子 上 有 个 洞 去 退 商场 说 只 能 换 不 能 退',
        'defective_goods_remedies', 'unfair_standard_terms', 'defective_goods_remedies', 'unfair_standard_terms',
    ),
    (
        '推款 申请 了 十天 了 商家 一直 不 处理 我 该 找 谁',
        None, 'online_platform_liability', 'online_seven_day_return', None,
    ),
    (
        '订金 和 定金 有 啥 区别 我 交 了 五百 块 不 想 买 了 能 要 回来 不',
        'deposit_refund', None, 'deposit_refund', None,
    ),
    (
        '超市 买 的 东西 没 拆 封 第二天 去 退 他们 说 没有 小票 不 给 退',
        None, 'online_seven_day_return', None, 'evidence_to_keep',
    ),
    (
        '俺 在 镇上 店里 买 的 电动车 电瓶 用 了 一个 月 就 不 行 了 老板 不 认账 咋整',
        'defective_goods_remedies', 'sanbao_period_length', 'defective_goods_remedies', 'defect_burden_of_proof',
    ),
    (
        '手机 买 了 二十 天 屏幕 自己 出现 一条 绿线 能 换 新 的 吗',
        'sanbao_seven_fifteen_days', 'sanbao_period_length', 'sanbao_seven_fifteen_days', 'defective_goods_remedies',
    ),
    (
        '冰相 买 了 半年 不 制冷 修 了 两次 还是 不 行 能 退 吗',
        'sanbao_two_repairs', 'defective_goods_remedies', 'sanbao_two_repairs', 'defective_goods_remedies',
    ),
    (
        '三包 期 是 多久 笔记本 电脑 主要 部件 坏 了 怎么 算',
        'sanbao_period_length', None, 'sanbao_period_length', None,
    ),
    (
        '空调 保修 期 内 坏 了 售后 说 要 收 一百 五 的 上门 费 这个 该 我 出 吗',
        None, 'defective_goods_remedies', None, 'repair_service_overcharge',
    ),
    (
        '呃 那个 我 想 问 保休 期 内 换 的 零件 保修 期 是 重新 算 吗',
        'warranty_period_start', None, 'warranty_period_start', None,
    ),
    (
        '电视机 买 了 一年 零 两个 月 坏 了 厂家 说 过 保 了 但是 当时 导购 说 的 整机 保修 三年',
        'sanbao_period_length', 'false_advertising', 'sanbao_period_length', 'false_advertising',
    ),
    (
        '商家 说 三报 只 管 换 不 管 退 对 不 对',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
    ),
    (
        '热水器 刚 装 好 就 漏电 差点 电 到 人 找 谁 负责 商家 还是 厂家',
        'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        '客副 说 我 这个 属于 人为 损坏 不 给 保修 可 我 啥 也 没 干 它 自己 就 黑屏 了',
        'defect_burden_of_proof', None, 'defect_burden_of_proof', None,
    ),
    (
        '我 在 网上 买 的 名牌 包 拿 去 专柜 鉴定 说 是 假 的 能 要求 赔 三倍 吗',
        'fraud_three_fold', None, 'fraud_three_fold', 'online_platform_liability',
    ),
    (
        '就是 那个 加货 怎么 认定 要 去 哪里 鉴定',
        'evidence_to_keep', 'fraud_three_fold', 'evidence_to_keep', 'fraud_three_fold',
    ),
    (
        '我 在 烟酒 店 买 的 两瓶 茅台 喝 着 不 对 劲 怀疑 是 假酒 老板 说 开 了 瓶 就 不 认',
        'fraud_three_fold', 'food_ten_fold', 'fraud_three_fold', 'food_ten_fold',
    ),
    (
        '买 到 假 的 运动鞋 商家 说 是 公司 货 不是 假 的 我 怎么 证明',
        'evidence_to_keep', 'fraud_three_fold', 'evidence_to_keep', 'fraud_three_fold',
    ),
    (
        '商家 承诺 假 一 赔 十 现在 查出 是 假 的 他 只 肯 退 货 不 赔',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    ('退 一 赔 三 最低 赔 多少 钱 我 买 的 东西 才 八十 块', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        '超市 买 的 牛奶 回家 一看 过期 三天 了 能 要求 十倍 赔偿 吗',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        '饭店 吃 饭 吃出 一只 苍蝇 老板 只 说 给 换 一盘 可以 要求 赔长 吗',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', 'restaurant_food_poisoning',
    ),
    (
        '过期 实品 卖 给 我 了 我 还 没 吃 能 不 能 索赔',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        '吃 了 夜市 摊 的 烧烤 拉 肚子 住 了 两天 院 花 了 三千 多 找 谁 赔',
        'restaurant_food_poisoning', 'personal_injury', 'restaurant_food_poisoning', 'personal_injury',
    ),
    (
        '那个 我 买 的 进口 零食 全是 外文 没有 中文 标签 可以 投诉 吗',
        'food_label_flaw', 'food_ten_fold', 'food_label_flaw', 'food_ten_fold',
    ),
    ('十倍 赔偿 不足 一千 的 按 一千 赔 是 吗', 'food_ten_fold', None, 'food_ten_fold', None),
    (
        '小孩 喝 了 学校 门口 买 的 饮料 肚子 疼 饮料 是 三无 产品',
        'food_ten_fold', 'personal_injury', 'food_ten_fold', 'personal_injury',
    ),
    (
        ('我 在 健身房 办 了 一张 年卡 三千 六 才 用 了 两个 月 健身房 就 关门 了 老板 也 找 不到 人 了 群 也 '
         '解散 了 我们 几十 个 会员 都 是 这样 咋办'),
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        '理发店 充 了 两千 块 现在 换 老板 了 新 老板 不 认 以前 的 卡',
        'prepaid_refund', 'prepaid_shop_closed', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '预负卡 没 用 完 想 退 商家 说 卡 上 写 了 概不退款',
        'unfair_standard_terms', 'prepaid_refund', 'prepaid_refund', 'unfair_standard_terms',
    ),
    (
        '美容院 办 卡 的 时候 说 送 十次 护理 现在 说 活动 结束 了 不 给 做 了',
        'prepaid_refund', 'beauty_salon_injury', 'prepaid_refund', 'promotion_rules_coupons',
    ),
    (
        '呃 就是 我 给 孩子 报 了 一个 英语 培训班 一次 交 了 两万 八 上 了 几节 课 机构 就 跑路 了',
        'training_refund', 'prepaid_shop_closed', 'training_refund', 'prepaid_shop_closed',
    ),
    (
        '会圆卡 里 的 钱 过期 就 作废 这个 合理 吗',
        'prepaid_card_expiry', 'unfair_standard_terms', 'prepaid_card_expiry', 'unfair_standard_terms',
    ),
    (
        '商家 倒闭 了 预付 卡 里 还有 钱 能 找 市场监管 局 帮 要 回来 吗',
        'prepaid_shop_closed', None, 'prepaid_shop_closed', None,
    ),
    (
        '健生房 私教 课 买 了 三十 节 教练 离职 了 换 的 教练 我 不 满意 剩下 的 课 能 退 不',
        'gym_membership', 'prepaid_refund', 'prepaid_refund', 'gym_membership',
    ),
    (
        '抖音 直播间 买 的 玉镯子 主播 说 是 天然 的 结果 是 染色 的',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '网购 东西 商价 发 错 货 了 还 要 我 自己 出 运费 寄 回去',
        'return_shipping_cost', 'online_goods_quality', 'return_shipping_cost', 'online_goods_quality',
    ),
    (
        '网上 下单 付 了 钱 商家 说 没货 了 让 我 取消 订单 我 可以 要求 他 发货 吗',
        'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', None,
    ),
    (
        '我 在 朋友圈 微商 那 买 的 减肥 药 吃 了 心慌 也 没有 店铺 怎么 投诉',
        'social_media_daigou_fake', 'counterfeit_drugs', 'social_media_daigou_fake', 'counterfeit_drugs',
    ),
    (
        '网店 给 了 差评 以后 商家 天天 打 电话 骚扰 我',
        'personal_information', 'marketing_calls_and_messages',
        'personal_information', 'marketing_calls_and_messages',
    ),
    (
        '京东 上 买 的 东西 说 好 的 保价 结果 降价 了 不 给 退 差价',
        'price_drop_after_purchase', 'promotion_rules_coupons', 'price_drop_after_purchase', None,
    ),
    (
        '美团 外卖 送 来 的 饭 洒 了 一半 商家 和 骑手 互相 推',
        'goods_damaged_in_transit', 'online_platform_liability',
        'goods_damaged_in_transit', 'online_platform_liability',
    ),
    (
        '外麦 里 吃 出 钢丝 球 的 丝 平台 只 给 了 五块 钱 红包',
        'food_ten_fold', 'online_platform_liability', 'food_ten_fold', 'online_platform_liability',
    ),
    ('外卖 超时 一个 小时 饭 都 凉 了 能 全额 退款 吗', None, None, None, None),
    (
        '点 的 外卖 店铺 照片 是 大店 结果 是 一个 小 作坊 没有 营业 执照',
        'online_platform_liability', 'false_advertising', 'online_platform_liability', 'food_ten_fold',
    ),
    (
        '快递 丢 了 快递 公司 说 没 保价 只 赔 三倍 运费 东西 值 两千 块',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        '快第 没 送 到 家 直接 放 驿站 还 要 我 自己 去 取 可以 投诉 吗',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    ('快递 显示 已 签收 但 我 根本 没 收到', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    (
        '寄 的 瓷器 碎 了 快递 说 是 包装 问题 不 赔',
        'express_lost_or_damaged', 'goods_damaged_in_transit', 'express_lost_or_damaged', 'goods_damaged_in_transit',
    ),
    (
        '就是 那个 寄 快递 的 时候 称重 明明 一公斤 收 了 我 三公斤 的 钱',
        'short_weight', 'price_tag_mismatch', 'short_weight', 'price_tag_mismatch',
    ),
    (
        ('去 理发 说好 三十 八 剪 个 头 结果 一边 剪 一边 推销 烫 染 最后 结账 一千 二 我 说 不 做 了 他 说 药水 '
         '都 上 了'),
        'beauty_salon_injury', 'price_tag_mismatch', 'price_tag_mismatch', 'beauty_salon_injury',
    ),
    (
        '美溶 院 做 的 皮肤 护理 脸 过敏 了 红肿 一个 星期',
        'beauty_salon_injury', 'cosmetics_allergy', 'beauty_salon_injury', 'cosmetics_allergy',
    ),
    (
        '染 头发 染 的 颜色 跟 说好 的 完全 不 一样 能 退钱 吗',
        None, 'beauty_salon_injury', None, 'beauty_salon_injury',
    ),
    (
        '医美 机构 打 的 玻尿酸 有 硬块 他们 说 是 正常 反应',
        'beauty_salon_injury', 'personal_injury', 'beauty_salon_injury', 'personal_injury',
    ),
    (
        '做 双眼皮 手术 两边 不 一样 大 机构 不 给 修复',
        'beauty_salon_injury', 'personal_injury', 'beauty_salon_injury', 'personal_injury',
    ),
    (
        '跟 旅行团 去 云南 导游 带 我们 去 玉石 店 不 买 就 不 让 走',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        '低价 团 一 人 才 九百 九 到了 那边 各种 加 钱',
        'travel_forced_shopping', 'travel_itinerary_change', 'travel_forced_shopping', 'travel_itinerary_change',
    ),
    (
        '旅行社 临时 取消 行程 只 退 团费 不 赔 我 请假 的 损失',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    (
        '景区 门票 说 好 的 包含 索道 到 了 又 要 另外 买',
        'price_tag_mismatch', 'false_advertising', 'price_tag_mismatch', 'false_advertising',
    ),
    ('携程 订 的 酒店 到了 前台 说 没 房 了', 'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None),
    (
        '手机 话费 里 莫名其妙 多 了 一个 十五 块 的 增值 业务 我 从来 没 开 过',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    (
        '宽带 合约 还 没 到期 我 要 搬家 运营商 要 收 违约金',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        '营业厅 办 了 个 送 手机 的 套餐 现在 想 改 低 一点 的 套餐 不 给 改',
        'free_phone_contract_bundle', 'broadband_contract_exit',
        'free_phone_contract_bundle', 'broadband_contract_exit',
    ),
    (
        '呃 营业厅 的 人 给 我 老爸 办 了 个 宽带 他 根本 不 懂 每个 月 扣 一百 多',
        'telecom_unordered_services', 'broadband_contract_exit',
        'telecom_unordered_services', 'broadband_contract_exit',
    ),
    (
        '手机 卡 销户 了 以后 还 在 扣 我 银行 卡 的 钱',
        'telecom_unordered_services', 'auto_renewal_without_consent',
        'telecom_unordered_services', 'auto_renewal_without_consent',
    ),
    (
        '新 车 提 了 三天 发现 车 漆 有 补 过 的 痕迹 能 退 车 吗',
        'used_car_concealed_history', 'car_sanbao_return', 'used_car_concealed_history', 'car_sanbao_return',
    ),
    (
        '去 店 里 买 车 要 我 交 三千 块 的 金融 服务费 不 交 不 卖',
        'car_dealer_extra_fees', None, 'car_dealer_extra_fees', None,
    ),
    (
        '汽车 三包 规定 里面 说 的 发动机 坏 了 几次 能 换 车',
        'car_sanbao_return', 'car_warranty_periods', 'car_sanbao_return', 'car_warranty_periods',
    ),
    (
        '二手 车 买 回来 发现 是 泡水 车 车商 不 承认',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        '汽车 保养 店 说 换 的 是 原厂 机油 结果 发现 是 杂牌 的',
        'fraud_three_fold', 'repair_service_overcharge', 'fraud_three_fold', 'repair_service_overcharge',
    ),
    (
        '电动 汽车 续航 宣传 六百 公里 实际 跑 三百 多 就 没电 了',
        'false_advertising', None, 'false_advertising', None,
    ),
    (
        '车 刚 过 保修 期 一个 月 变速箱 就 坏 了 厂家 说 不 管',
        'car_warranty_periods', 'defective_goods_remedies', 'car_warranty_periods', 'defective_goods_remedies',
    ),
    (
        '网上 找 的 上门 修 空跳 的 说 加 个 氟 要 八百 块 这 正常 吗',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '开 锁 的 电话 上 说 五十 块 上门 了 收 我 三百',
        'repair_service_overcharge', 'price_tag_mismatch', 'repair_service_overcharge', 'price_tag_mismatch',
    ),
    (
        '维秀 洗衣机 换 了 个 零件 收 了 六百 过 两天 又 坏 了',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '疏通 下水道 师傅 来 了 先 说 一百 通 完 要 五百 不 给 钱 不 走',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '家电 维修 师傅 说 主板 坏 了 要 换 新 的 我 怎么 知道 他 是 不 是 骗 我',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '修 电脑 的 说 数据 恢复 要 三千 块 恢复 了 一半 也 要 全价',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '租 的 房子 到期 退租 房东 不 退 押金 说 墙 有 点 脏',
        'housing_rental_deposit', None, 'housing_rental_deposit', None,
    ),
    (
        '押经 交 了 两个 月 的 中介 说 要 扣 一个 月 违约金 我 只是 提前 半个 月 搬',
        'housing_rental_deposit', None, 'housing_rental_deposit', None,
    ),
    (
        '租放 中借 收 了 我 一个 月 房租 的 中介费 后来 房子 没 租 成 中介费 退 不 退',
        None, 'housing_rental_deposit', None, 'housing_rental_deposit',
    ),
    (
        '长租 公寓 爆雷 了 我 交 了 一年 的 房租 现在 房东 要 赶 我 走',
        'housing_rental_deposit', 'prepaid_shop_closed', 'housing_rental_deposit', 'prepaid_shop_closed',
    ),
    ('租房 的 时候 说 家电 齐全 住 进 去 空调 是 坏 的 房东 不 修', None, 'housing_rental_deposit', None, None),
    ('俺 租 的 房子 电费 房东 按 一块 五 一度 收 这 合理 不', None, None, None, None),
    (
        '演唱汇 取消 了 票 钱 只 退 了 票面 价 我 是 从 二手 平台 高价 买 的',
        'event_ticket_refund', None, 'event_ticket_refund', 'second_hand_individual_seller',
    ),
    (
        '话剧 票 买 了 临时 有 事 去 不 了 平台 说 不 退 不 换 合理 吗',
        'unfair_standard_terms', 'event_ticket_refund', 'unfair_standard_terms', 'event_ticket_refund',
    ),
    ('音乐节 延期 了 我 能 不 能 要求 全额 退票', 'event_ticket_refund', None, 'event_ticket_refund', None),
    (
        '演唱会 门票 实名 制 我 朋友 替 我 去 不 让 进 票 钱 能 退 吗',
        None, 'event_ticket_refund', None, 'event_ticket_refund',
    ),
    ('黄牛 卖 给 我 的 球赛 票 是 假 的 进 不 了 场', None, 'fraud_three_fold', None, 'fraud_three_fold'),
    (
        '航班 延误 了 六个 小时 航空 公司 只 给 了 一份 盒饭 能 要 赔偿 吗',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        '行理 托运 的 时候 箱子 轮子 被 摔 坏 了 航空 公司 怎么 赔',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        '机漂 在 网上 买 的 退票 手续费 收 了 百分之 八十',
        'air_ticket_refund_fee', None, 'air_ticket_refund_fee', None,
    ),
    (
        '航空 公司 超售 我 上 不 了 飞机',
        'flight_delay_baggage', 'air_ticket_refund_fee', 'flight_delay_baggage', 'air_ticket_refund_fee',
    ),
    ('托运 行李 丢 了 里面 有 电脑 和 衣服 值 一万 多', 'flight_delay_baggage', None, 'flight_delay_baggage', None),
    ('廉价 航空 随身 行李 超重 一公斤 罚 了 我 三百', None, 'flight_delay_baggage', None, 'flight_delay_baggage'),
    (
        '酒店 订 的 是 无烟 房 进去 一股 烟味 要 换 房 说 没 房 了',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        '酒店 退房 的 时候 说 我 弄脏 了 床单 要 赔 五百',
        'security_deposit_refund', None, 'security_deposit_refund', 'price_tag_mismatch',
    ),
    (
        '民宿 照片 拍 得 特别 好 看 去 了 又 脏 又 破 能 退 吗',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        ('呃 我 家 老人 上 个 礼拜 在 医院 走 了 殡仪馆 那边 推荐 的 骨灰盒 一个 要 两万 多 我们 说 自己 买 他们 '
         '说 不 买 就 不 让 用 他们 的 告别 厅 这 是 不 是 强制 消费'),
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        '墓地 买 了 交 了 钱 现在 说 还 要 交 二十 年 的 管理费',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        '医院 太平间 外面 的 人 说 是 殡葬 一条龙 服务 后来 收 的 钱 比 说好 的 多 一倍',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    ('殡葬 服务 的 收费 标准 在 哪 能 查 到', 'funeral_service_charges', None, 'funeral_service_charges', None),
    (
        '买 的 寿衣 指量 很 差 人家 说 这种 东西 不 能 退',
        'defective_goods_remedies', 'funeral_service_charges', 'defective_goods_remedies', 'funeral_service_charges',
    ),
    ('宠物 店 买 的 小狗 回家 三天 就 得 了 细小 死 了 店家 不 认', 'pet_sold_sick', None, 'pet_sold_sick', None),
    (
        '宠物 医院 给 我 家 猫 做 绝育 手术 猫 死 了 医院 说 是 麻醉 意外',
        'pet_hospital_boarding', None, 'pet_hospital_boarding', None,
    ),
    (
        '网上 买 的 猫粮 猫 吃 了 就 吐 怀疑 是 假 的',
        'defective_goods_remedies', 'fraud_three_fold', 'defective_goods_remedies', 'fraud_three_fold',
    ),
    (
        '宠物 洗澡 店 把 我 的 狗 毛 剪 坏 了 皮 都 破 了',
        'pet_hospital_boarding', None, 'pet_hospital_boarding', None,
    ),
    (
        '那个 宠物 医院 收费 太 贵 了 一个 检查 就 要 一千 多 还 不 给 明细',
        'pet_hospital_boarding', 'invoice_refused', 'pet_hospital_boarding', None,
    ),
    (
        '同一个 打车 软件 同样 的 路线 我 的 手机 比 我 老婆 的 贵 这 是 不 是 大数据 杀熟',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        '视频 会员 自动 续费 扣 了 我 三年 我 都 不 知道 能 退 吗',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '旅游 软件 上 订 机票 老 用户 看到 的 价格 比 新 用户 高',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        '手机 应用 里 取消 自动 续费 的 按钮 藏 得 很 深 根本 找 不 到',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '那个 购物 软件 上 的 先 用 后 付 我 根本 没 开 通 就 被 扣 钱 了',
        'auto_renewal_without_consent', 'personal_information',
        'auto_renewal_without_consent', 'personal_information',
    ),
    (
        '我 想 问 一下 打 一二三一五 投诉 以后 多 久 会 有 人 联系 我',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        '投诉 了 以后 商家 一直 不 回应 你们 能 强制 他 赔 吗',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    (
        '上 个 月 投素 的 那个 事 到现在 还 没 人 管 怎么 查 进度',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        '我 和 商家 已经 自己 协商 好 了 之前 的 投诉 怎么 撤回',
        'withdraw_complaint', None, 'withdraw_complaint', None,
    ),
    (
        '调解 不 成 的话 下 一步 我 该 怎么办',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    ('投诉 需要 准备 什么 材料', 'evidence_to_keep', None, 'evidence_to_keep', None),
    ('网上 怎么 投诉 有 没 有 小程序 或者 网站', None, None, None, None),
    (
        '投诉 的 时候 要 不 要 留 真实 姓名 商家 会 知道 是 我 投诉 的 吗',
        'anonymous_report', 'complaint_or_report', 'anonymous_report', None,
    ),
    (
        '举报 和 投诉 有 什么 区别 举报 有 奖励 吗',
        'complaint_or_report', 'anonymous_report', 'complaint_or_report', 'anonymous_report',
    ),
    (
        '商家 在 外地 我 在 本地 投诉 是 找 哪 边 的 市场监管 局',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    (
        '就是 我 投诉 的 那个 单子 显示 已 办结 但是 问题 根本 没 解决',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    (
        '投诉 处理 结果 我 不 满意 能 不 能 重新 投诉',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    ('事情 过去 三年 了 还 能 投诉 吗', 'claim_time_limit', None, 'claim_time_limit', None),
    (
        '超市 价签 上 写 的 九块 九 结账 的 时候 收 了 我 十二 块 九',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    ('先 涨价 再 打折 这种 算 不 算 价格 欺诈', 'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None),
    (
        '饭店 菜单 上 没有 标 价格 结账 的 时候 一条 鱼 收 了 我 八百 八',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    ('景区 里 一瓶 矿泉水 卖 十五 块 能 投诉 吗', None, 'price_tag_mismatch', None, 'price_tag_mismatch'),
    (
        '价隔 标 的 是 一斤 的 价 结账 的 时候 说 是 一两 的 价',
        'price_tag_mismatch', 'price_fraud_fake_discount', 'price_tag_mismatch', 'short_weight',
    ),
    (
        '装修 公司 收 了 我 十万 块 装修 款 干 了 一半 不 干 了',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '装修 完 墙面 开裂 装修 公司 说 是 房子 本身 问题',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '装修 合同 签 的 是 环保 材料 住 进 去 甲醛 超标',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '全屋 定制 的 柜子 尺寸 做 错 了 装 不 进去',
        'home_renovation_dispute', 'defective_goods_remedies', 'home_renovation_dispute', 'defective_goods_remedies',
    ),
    (
        '装修 公司 中途 加 项 原本 说 的 八万 最后 要 十五 万',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '饭店 规定 最低 消费 一 千 元 才 能 用 包间 这 合法 吗',
        'corkage_minimum_spend', None, 'corkage_minimum_spend', None,
    ),
    ('自己 带 的 酒 饭店 要 收 开瓶费 两百', 'corkage_minimum_spend', None, 'corkage_minimum_spend', None),
    (
        '自助餐 说 剩 一两 罚 十 块 这个 可以 吗',
        'unfair_standard_terms', 'corkage_minimum_spend', 'unfair_standard_terms', 'corkage_minimum_spend',
    ),
    ('吃 火锅 的 时候 锅 炸 了 烫 伤 了 胳膊', 'personal_injury', None, 'personal_injury', None),
    (
        '金店 买 的 黄金 手镯 按 克 卖 还 另外 收 了 八百 的 工费',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '那个 我 去 金店 换 款 他们 说 要 折 旧 每克 扣 二十 块',
        None, 'unfair_standard_terms', None, 'unfair_standard_terms',
    ),
    ('珠宝 店 买 的 钻石 证书 跟 钻石 对 不 上', 'fraud_three_fold', None, 'fraud_three_fold', 'false_advertising'),
    (
        '我 妈 被 人 拉 去 听 健康 讲座 花 了 两万 多 买 保健品 说 能 治 糖尿病',
        'health_food_claims', 'fraud_three_fold', 'health_food_claims', 'fraud_three_fold',
    ),
    (
        '老人 在 推销 会 上 买 的 磁疗 床垫 一万 八 一点 用 没有',
        'false_advertising', 'fraud_three_fold', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '老年人 旅游 团 一天 十块 钱 结果 拉 去 卖 保健品',
        'travel_forced_shopping', 'health_food_claims', 'travel_forced_shopping', 'health_food_claims',
    ),
    (
        '呃 我 爸 在 小区 门口 领 鸡蛋 后来 被 忽悠 买 了 三千 块 的 净水器',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '那个 商家 上门 给 老人 检测 水质 说 水 有 毒 要 装 净水器',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '闲鱼 上 买 的 二手 手机 卖家 说 没有 修 过 拿 到 发现 换 过 屏',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        '二手 平台 上 个人 卖家 能 不 能 投诉',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        '在 二手 奢侈品 店 买 的 包 说 是 正品 鉴定 是 高仿',
        'fraud_three_fold', 'second_hand_individual_seller', 'fraud_three_fold', None,
    ),
    ('回收 旧 手机 的 估价 的 时候 说 五百 到 店 就 只 给 一百', None, None, None, 'false_advertising'),
    (
        '干洗店 把 我 的 大衣 洗 缩水 了 只 愿意 赔 洗衣 费 的 五倍',
        None, 'unfair_standard_terms', None, 'unfair_standard_terms',
    ),
    (
        '衣服 洗 了 一次 就 掉色 把 别的 衣服 都 染 了',
        'defective_goods_remedies', 'online_goods_quality', 'defective_goods_remedies', 'online_goods_quality',
    ),
    (
        '新 买 的 鞋子 穿 了 三天 鞋底 就 开胶 了',
        'defective_goods_remedies', 'online_goods_quality', 'defective_goods_remedies', 'online_goods_quality',
    ),
    ('燃气 公司 强制 要 我 买 他们 指定 的 报警器', None, None, None, 'unfair_standard_terms'),
    ('电费 突然 比 上 个 月 多 了 一倍 怀疑 电表 有 问题', 'short_weight', None, None, None),
    ('燃气 公司 上门 安检 说 我 家 的 软管 不 合格 要 换 一根 收 两百', None, None, None, None),
    (
        '孩子 用 我 的 手机 玩 游戏 充值 了 八千 多 能 退 吗',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '小孩 看 直播 给 主播 打赏 了 两万 块 钱 平台 说 是 成年人 账号 不 给 退',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    ('游戏 公司 关 服 了 里面 充 的 钱 怎么办', None, 'prepaid_shop_closed', None, 'prepaid_shop_closed'),
    ('孩子 在 学校 门口 小卖部 买 盲盒 一天 花 了 几百', None, 'blind_box_contents', None, 'blind_box_contents'),
    (
        '我 刚 买 了 房子 就 有 装修 公司 打 电话 他们 怎么 知道 我 信息 的',
        'personal_information', 'marketing_calls_and_messages',
        'personal_information', 'marketing_calls_and_messages',
    ),
    ('商场 注册 会员 一定 要 刷 脸 不 同意 就 不 给 办', 'personal_information', None, 'personal_information', None),
    ('买 东西 商家 强制 要 我 填 身份证 号', 'personal_information', None, 'personal_information', None),
    ('菜 市场 买 了 两斤 肉 回家 一称 只有 一斤 六', 'short_weight', None, 'short_weight', None),
    ('加油站 加 的 油 感觉 不够 数', 'short_weight', None, 'short_weight', None),
    ('买 的 大米 包装 上 写 的 十斤 称 了 只有 九斤 多', 'short_weight', None, 'short_weight', None),
    (
        '商场 抽奖 中 了 一台 电视 去 领 的 时候 说 要 先 交 税 和 运费',
        'promotion_rules_coupons', 'fraud_three_fold', 'promotion_rules_coupons', 'fraud_three_fold',
    ),
    (
        '满 三百 减 五十 的 活动 退货 的 时候 要 把 优惠 扣 回去',
        'refund_at_invoice_price', 'promotion_rules_coupons', 'refund_at_invoice_price', 'promotion_rules_coupons',
    ),
    ('共享 充电宝 我 还 了 一直 显示 没 还 扣 了 九十 九', None, None, None, None),
    ('买 东西 商家 不 给 开 发漂 说 开 发票 要 加 六个 点', 'invoice_refused', None, 'invoice_refused', None),
    ('网上 买 的 东西 商家 说 发票 要 另外 收 邮费', 'invoice_refused', None, 'invoice_refused', None),
    (
        '婚纱 照 拍 完 了 选 片 的 时候 又 要 加 钱 一张 两百',
        'price_tag_mismatch', 'prepaid_refund', 'price_tag_mismatch', 'false_advertising',
    ),
    ('婚庆 公司 婚礼 当天 布置 的 跟 合同 里 的 完全 不 一样', None, None, None, 'prepaid_refund'),
    ('家里 出 了 事 要 取消 婚宴 酒店 两万 定金 一分 不 退', 'deposit_refund', None, 'deposit_refund', None),
    ('影楼 倒闭 了 照片 还 没 拿 到', 'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', None),
    ('网课 说 不 满意 随时 退 结果 退 的 时候 要 扣 一半', 'training_refund', None, 'training_refund', None),
    (
        '驾校 报名 的 时候 说 包 过 结果 补考 还 要 交 钱',
        'training_refund', 'false_advertising', 'false_advertising', 'training_refund',
    ),
    ('电视鸡 开机 全 是 广告 关 都 关 不 掉', None, None, None, None),
    (
        '买 的 电热毯 用 了 一晚 上 就 冒烟 了',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        '儿童 玩具 上 的 小 零件 掉 了 孩子 差点 吞 下去',
        'defective_goods_remedies', 'product_recall', 'defective_goods_remedies', 'product_recall',
    ),
    (
        '电动 自行车 充电 的 时候 起火 了 把 家里 烧 了 一块',
        'personal_injury', 'defective_goods_remedies', 'defective_goods_remedies', 'personal_injury',
    ),
    (
        '团购 的 餐券 去 了 店里 说 不 能 用',
        'prepaid_refund', 'promotion_rules_coupons', 'promotion_rules_coupons', 'prepaid_refund',
    ),
    ('搬家 公司 东西 装 上 车 了 突然 加 价 不 给 就 不 卸', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    ('月子 中心 交 了 五万 说好 的 服务 一样 都 没 做 到', 'prepaid_refund', None, 'prepaid_refund', None),
    (
        '眼镜 店 配 的 眼镜 戴 着 头晕 验光 有 问题',
        'defective_goods_remedies', None, 'defective_goods_remedies', None,
    ),
    (
        ('俺 想 问 一下 俺 在 县城 那个 家电 城 买 了 台 空调 三千 八 说好 的 包 安装 结果 安装 师傅 来 了 又 收 '
         '了 俺 四百 块 的 铜管 钱 这 中不中'),
        'price_tag_mismatch', 'false_advertising', 'price_tag_mismatch', 'repair_service_overcharge',
    ),
    (
        '啥子 叫 七天 无理由 哦 我 在 网上 买 的 裤子 可以 退 不',
        'online_seven_day_return', 'online_goods_quality', 'online_seven_day_return', None,
    ),
    (
        '我们 这边 镇上 那个 超市 卖 过期 的 方便面 好 几 回 了 咋整 嘛',
        'expired_food', 'anonymous_report', 'expired_food', None,
    ),
    (
        '侬 好 我 想 问 一下 我 在 上海 南京 路 那 家 店 买 的 手表 走 了 一个 礼拜 就 不 走 了',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days', 'defective_goods_remedies', None,
    ),
    (
        ('哎呀 就是 那个 我 上 个 礼拜 在 成都 春熙路 那边 一个 商场 买 了 一个 扫地 机器人 花 了 两千 九 拿 回家 '
         '扫 了 两天 就 不 动 了 我 拿 去 找 他们 他们 说 要 寄 回 厂家 检测 要 半个 月 我 就 想 直接 退 可不可以 '
         '得行 不'),
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
    ),
    (
        ('我 跟 你 说 啊 我 老公 在 武汉 光谷 那边 一个 手机 店 买 了 个 手机 人家 说 是 全新 的 国行 的 六千 五 '
         '结果 拿 回来 一查 是 翻新 机 还 是 别的 国家 的 版本 我们 去 找 老板 老板 说 售出 概 不 负责 这 不 是 '
         '欺负 人 吗'),
        'fraud_three_fold', 'unfair_standard_terms', 'fraud_three_fold', 'unfair_standard_terms',
    ),
    (
        ('喂 你 好 是 一二三一五 吧 我 想 咨询 一下 就是 我 去年 在 广州 天河 那边 一家 口腔 诊所 做 了 个 牙齿 '
         '矫正 一共 三万 二 交 了 两万 结果 现在 诊所 说 要 关门 了 让 我 转 到 别的 店 去 还 要 我 补 钱'),
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '那个 我 想 问 一下 咋整 俺 爹 在 集上 买 的 种子 种 下去 一棵 苗 都 没 出',
        'defective_goods_remedies', None, 'defective_goods_remedies', None,
    ),
    (
        ('我 给 你 讲 我 在 西安 回民街 买 了 一斤 牛肉 干 说 的 是 六十 一斤 称 的 时候 他 说 是 六十 一两 一共 '
         '收 了 我 六百'),
        'price_tag_mismatch', 'price_fraud_fake_discount', 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        ('就是 我 在 网上 买 了 个 沙发 一万 二 送 货 的 时候 颜色 不 对 我 要 退 商家 说 大件 要 我 出 来回 运费 '
         '八百 块 我 觉得 不 合理'),
        'return_shipping_cost', 'online_goods_quality', 'return_shipping_cost', 'online_seven_day_return',
    ),
    (
        '呃 那个 我 在 杭州 西湖 边 上 坐 了 个 三轮车 说好 的 二十 块 一圈 结果 下车 要 两百',
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        ('你 好 我 想 问 一下 就是 我 在 南宁 一家 婚纱 店 订 了 婚纱 交 了 三千 定金 后来 婚期 推迟 了 去 退 '
         '他们 说 定金 不 退 可 当时 也 没 说 是 定金 还是 订金'),
        'deposit_refund', None, 'deposit_refund', None,
    ),
    (
        ('我 儿子 在 网上 报 了 一个 考研 的 辅导 班 说 是 不 过 全 退 结果 没 考 过 去 退 钱 人家 说 要 满足 '
         '好多 条件'),
        'training_refund', None, 'training_refund', None,
    ),
    (
        '啥子 情况 嘛 我 在 重庆 解放碑 吃 火锅 结账 多 算 了 两 盘 毛肚 老板 还 凶 得 很',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        ('我 想 咨询 一下 买 了 台 二手 车 九万 八 说 是 个人 一手 车 没 出 过 事故 开 了 一个 月 去 修 的 时候 '
         '修理 厂 说 这 车 大 修 过 车架 都 换 过'),
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        ('呃 那个 我 在 苏州 一家 按摩 店 办 了 个 卡 八千 块 现在 店 里 贴 了 个 通知 说 装修 暂停 营业 已经 '
         '三个 月 了 电话 也 不 接'),
        'prepaid_shop_closed', None, 'prepaid_shop_closed', None,
    ),
    (
        ('我 老家 是 河南 的 在 北京 打工 上 个 月 在 一个 黑 中介 那 租 的 房子 交 了 押 一 付 三 一共 八千 住 '
         '了 一个 礼拜 真 房东 来 了 说 中介 根本 没 权利 租'),
        'housing_rental_deposit', 'fraud_three_fold', 'housing_rental_deposit', 'fraud_three_fold',
    ),
    (
        '那个 咱 这 有 没 有 说法 网上 买 的 保温杯 说 是 三百 零 四 不锈钢 检测 出来 是 二百 零 一 的',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    ('投诉 电话 是 多少', None, None, None, None),
    (
        '怎么 退货',
        'online_seven_day_return', 'defective_goods_remedies', 'online_seven_day_return', 'defective_goods_remedies',
    ),
    ('快递 丢 了 咋整', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    ('预付卡 退 不 了', 'prepaid_refund', None, 'prepaid_refund', None),
    ('吃 坏 肚子 了 找 谁', 'restaurant_food_poisoning', 'food_ten_fold', 'restaurant_food_poisoning', None),
    (
        'i bought a phone on taobao and it broke after 5 days can i return it',
        'sanbao_seven_fifteen_days', 'online_seven_day_return',
        'sanbao_seven_fifteen_days', 'online_seven_day_return',
    ),
    (
        'hello i am foreigner living in shanghai my landlord dont return my deposit 5000 rmb what can i do',
        'housing_rental_deposit', 'foreign_consumer_english', 'housing_rental_deposit', 'foreign_consumer_english',
    ),
    (
        'the gym i paid for one year closed down and owner disapear how get my money back',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        'my flight delayed 8 hours does airline need to compensate me in china',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        'airline lost my luggage at pudong airport who i should contact',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        'i bought fake nike shoes from a shop in beijing can i ask triple refund',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    ('what is the 7 days no reason return rule', 'online_seven_day_return', None, 'online_seven_day_return', None),
    (
        'resturant charge me service fee 15 percent is it allowed',
        'corkage_minimum_spend', 'price_tag_mismatch', 'corkage_minimum_spend', 'price_tag_mismatch',
    ),
    (
        'taxi app charge me more than my friend for same trip',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        'can foreigners complain to 12315 or only chinese people',
        'foreign_consumer_english', None, 'foreign_consumer_english', None,
    ),
    ('i found expired food in supermarket can i get compensaton', 'expired_food', None, 'expired_food', None),
    ('how long does warrenty last for laptop in china', 'sanbao_period_length', None, 'sanbao_period_length', None),
    (
        'my washing machine broke repair man ask 800 yuan for small part is that normal',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        'the hotel i booked in ctrip said no room when i arrive at night',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        'concert was cancel but the ticket platform only refund half',
        'event_ticket_refund', None, 'event_ticket_refund', None,
    ),
    (
        'i want to withdraw my complain because the shop already refunded me',
        'withdraw_complaint', None, 'withdraw_complaint', None,
    ),
    (
        'how can i check the progress of my complaint i have complaint number',
        None, 'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026',
    ),
    (
        'my complaint was closed but nobody call me',
        'mediation_failed_next_steps', 'complaint_acceptance_time_2026', None, 'mediation_failed_next_steps',
    ),
    (
        'the seller on pinduoduo sent me wrong size and wont accept return',
        'online_goods_quality', 'online_seven_day_return', 'online_goods_quality', 'online_seven_day_return',
    ),
    (
        'i bought a used car and the dealer hide that it was in accident',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        'new car have paint problem after 2 days can i return',
        'car_sanbao_return', 'used_car_concealed_history', 'car_sanbao_return', 'used_car_concealed_history',
    ),
    (
        'my kid spend 3000 yuan on game with my phone can i get refound',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        'app auto renew membership without asking me how to cancel and refund',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    ('pet shop sold me sick puppy it died after one week', 'pet_sold_sick', None, 'pet_sold_sick', None),
    (
        'vet clinic overcharge me and wont give receipt',
        'pet_hospital_boarding', 'invoice_refused', 'pet_hospital_boarding', 'invoice_refused',
    ),
    (
        'the tour guide forced us to shopping in yunnan',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        'my express package lost and courier only pay 3 times shipping fee',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    ('delivery say signed but i never recieve it', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    ('food delivery came very late and cold can i get refund', None, None, None, None),
    (
        'i found hair in my meal at restaurant what compensation i can ask',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', 'restaurant_food_poisoning',
    ),
    (
        'phone company charge me for service i never subscribe',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    (
        'can i cancel my broadband contract when i leave china',
        'broadband_contract_exit', None, 'broadband_contract_exit', 'foreign_consumer_english',
    ),
    (
        'the shop say no refund only exchange is this legal',
        'unfair_standard_terms', 'defective_goods_remedies', 'unfair_standard_terms', 'defective_goods_remedies',
    ),
    (
        'i paid deposit for furniture and the shop closed',
        'prepaid_shop_closed', 'deposit_refund', 'prepaid_shop_closed', 'deposit_refund',
    ),
    (
        'beauty salon make my skin allergy after facial treatment',
        'beauty_salon_injury', 'cosmetics_allergy', 'beauty_salon_injury', 'cosmetics_allergy',
    ),
    (
        'my hair cut was terrible and they charge much more than the price list',
        'price_tag_mismatch', 'beauty_salon_injury', 'price_tag_mismatch', 'beauty_salon_injury',
    ),
    ('is there english service on 12315 hotline', 'foreign_consumer_english', None, 'foreign_consumer_english', None),
    (
        'the training school for my son closed and took our tuition fee',
        'training_refund', 'prepaid_shop_closed', 'training_refund', 'prepaid_shop_closed',
    ),
    (
        'rental agent charged me one month rent as agency fee is that legal',
        None, 'housing_rental_deposit', None, 'housing_rental_deposit',
    ),
    (
        'the apartment look totaly different from the photos on the rental app',
        'hotel_booking_not_honoured', 'false_advertising', 'false_advertising', 'hotel_booking_not_honoured',
    ),
    (
        'funeral home charge very expensive and forced us buy their urn',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        'my online order was cancelled by seller because price was wrong can i insist',
        'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', None,
    ),
    ('i was charged twice for same item at supermarket', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    ('price tag says 20 but cashier charge 25', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    (
        'the product has no chinese label is it legal to sell',
        'food_label_flaw', 'cross_border_purchase', None, 'food_label_flaw',
    ),
    ('the jewelry shop said 18k gold but test show its not', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        'i bought milk powder for baby and it looks fake',
        'food_ten_fold', 'fraud_three_fold', 'food_ten_fold', 'fraud_three_fold',
    ),
    (
        'where i can complain about a shop on jd that dont answer',
        'online_platform_liability', 'complaint_jurisdiction_2026',
        'online_platform_liability', 'complaint_jurisdiction_2026',
    ),
    ('seller threaten me after i give bad review', 'personal_information', None, 'personal_information', None),
    (
        'locksmith quoted 50 yuan but charged 400 after open the door',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        'air conditioner leaking water after install and installer dont come back',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        'how many days the shop must reply after i complain',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    ('what document i need to make a complain', 'evidence_to_keep', None, 'evidence_to_keep', None),
    (
        'i live in shenzhen but the shop is in hangzhou where i complain',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    ('dry cleaner lost my coat', None, None, None, None),
    (
        'electric scooter battery die after 2 month seller refuse warranty',
        'defective_goods_remedies', 'sanbao_period_length', 'defective_goods_remedies', 'sanbao_period_length',
    ),
    (
        'i bought a bicycle online and some parts missing',
        'defective_goods_remedies', 'online_goods_quality', 'defective_goods_remedies', 'online_goods_quality',
    ),
    (
        "the hostel keep my deposit saying i broke something i didn't",
        'security_deposit_refund', None, 'security_deposit_refund', None,
    ),
    ('shared power bank charge me 99 yuan even i returned it', None, None, None, None),
    (
        'my gym membership card cant transfer to my friend is this fair',
        'gym_membership', 'unfair_standard_terms', 'gym_membership', 'unfair_standard_terms',
    ),
    (
        'the theater didnt let me in because ticket name not match',
        None, 'event_ticket_refund', None, 'event_ticket_refund',
    ),
    (
        'live streaming seller sold me jade that is dyed',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        'do i have right to get refund if product is on sale',
        'unfair_standard_terms', 'price_drop_after_purchase', 'unfair_standard_terms', 'defective_goods_remedies',
    ),
    ('the seller refuse give fapiao invoice', 'invoice_refused', None, 'invoice_refused', None),
    ('wedding photographer delete my photos before i get them', None, None, None, None),
    (
        'the renovation company stop working after i paid half',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        'hi i am tourist my hotel in xian charge extra cleaning fee for no reason',
        'price_tag_mismatch', 'security_deposit_refund', 'price_tag_mismatch', 'security_deposit_refund',
    ),
    (
        'phone screen broken in 10 days is it covered by san bao',
        'sanbao_seven_fifteen_days', 'defect_burden_of_proof', 'sanbao_seven_fifteen_days', 'defect_burden_of_proof',
    ),
    ('mooncake gift box is mostly packaging is it allowed', None, None, None, None),
    (
        'my mother buy health supplement 20000 yuan from sales talk can we get money back',
        'health_food_claims', 'fraud_three_fold', 'health_food_claims', 'fraud_three_fold',
    ),
    (
        'train ticket refund fee too high i refund 2 days before',
        None, 'air_ticket_refund_fee', None, 'air_ticket_refund_fee',
    ),
    (
        'car rental company charge me for scratch that was already there',
        'security_deposit_refund', None, 'security_deposit_refund', 'evidence_to_keep',
    ),
    (
        'moving company raise price after load all my things in truck',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        'shop ask me to scan face for membership can i refuse',
        'personal_information', None, 'personal_information', None,
    ),
]

# The set's labels are the first labeller's (chosen before any measurement); the second's are scored beside
# them in bench/knowledge_blind_bench.py.
FOURTEENTH_LABELLED: list[tuple[str, str | None]] = [(q, first) for q, first, _, _, _ in LABELS_BOTH]
FOURTEENTH_SECOND_LABELLED: list[tuple[str, str | None]] = [(q, second) for q, _, _, second, _ in LABELS_BOTH]

# the 83 entries valid on 2026-12-01 and 2026-12-02, as the thirteenth set's labellers were shown them
LABELLED_AGAINST: frozenset[str] = THIRTEENTH_LABELLED_AGAINST
