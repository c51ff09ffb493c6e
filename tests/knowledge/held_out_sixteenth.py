"""Sixteenth blind test set of caller questions for the 12315 consultation knowledge base.

Who wrote it: a helper engineer brought in only for this set. The author wrote none of
the knowledge base and none of the earlier question sets, and read none of them, nor any
other file of the project.

How: written from general knowledge of what ordinary people in China ask the 12315
consumer-complaint and consultation hotline, without opening, listing or searching any
file on the machine and without searching the web. About three quarters of the questions
are Mandarin written the way the Vosk speech recogniser prints speech (words separated by
spaces, no punctuation, numbers in Chinese characters, spoken fillers, regional turns,
long rambling stories as well as very short ones, and in roughly one question in eight a
same-sound wrong character such as 指量 for 质量 or 推款 for 退款). About one quarter are
English as typed into a web chat: all lower case, no punctuation, some misspellings and
non-native grammar. OFF_TOPIC_SIXTEENTH holds questions the consumer line cannot answer,
about a third of them dressed in consumer-sounding words.

When: Wed Dec  2 03:39:19 UTC 2026 (output of `date -u`).

Committed unlabelled (318ba99), before any label or measurement.

Labels: added on 2026-12-02 at about 03:50 UTC by two helper engineers, each on their own and blind to the other,
neither of whom wrote the knowledge base or this set, against the 83 entries valid on 2026-12-02 that answer
consumers (LABELLED_AGAINST, the fifteenth set's), seeing only each entry's id, category and English question (no
answers, paraphrases, keywords, asked questions or examples, no other test or bench file, no retrieval run over the
set). Each gave the entry whose answer would help that caller most, or None where no entry's question covers what is
asked, and a runner-up. Ten texts that repeat earlier sets or hold a sentence of the base were dropped by a script,
unread, before any measurement (five questions, five off-topic). Of the 295 questions kept, the first labeller gave
246 an entry and 49 None, the second 255 and 40; they agree on 281 (243 of the 246 the first gave an entry). Chosen
before any measurement: the set's labels (SIXTEENTH_LABELLED) are the first labeller's; the second's are a second
measure.
"""

from __future__ import annotations

from tests.knowledge.held_out_fifteenth import LABELLED_AGAINST as FIFTEENTH_LABELLED_AGAINST

SIXTEENTH: list[str] = [
    '呃 就是 我 在 拼 多 多 上 买 了 一 双 鞋 穿 了 一 次 觉得 不 合适 还 能 退 吗',
    '那个 商家 说 定制 商品 不 支持 七 天 无 理由 可 我 买 的 就是 普通 的 窗帘 只是 选 了 个 尺寸 这 也 算 定制 吗',
    '退或 的 运费 到底 该 谁 出 啊',
    '东西 退回去 了 快递 显示 商家 签收 了 十 几 天 了 还 不 给 我 退 钱 咋整',
    '网购 的 手机 拆 了 塑封 商家 就 说 影响 二次 销售 不 给 退 有 这个 规定 吗',
    '七 天 无 理由 是 从 下单 那 天 算 还是 从 签收 那 天 算',
    '我 在 商场 买 的 羽绒服 第 二 天 发现 袖子 上 有 个 洞 去 找 他们 只 给 换 不 给 推款',
    '店里 墙 上 贴 着 一 张 纸 写 着 特价 商品 概 不 退换 这个 有效 吗',
    '商家 答应 退款 了 但是 说 要 扣 百分之 二十 的 手续费 这 合法 吗',
    '呃 我 交 了 五百 块 定金 后来 不想 买 了 还 能 要 回来 吗 定金 和 订金 有 啥 区别',
    '付 了 钱 商家 一直 不 发货 我 要 退款 客服 就 是 不 理 我',
    '退款 说 原路 返回 可 我 那 张 银行卡 已经 注销 了 钱 会 退到 哪 去',
    '我 家 冰箱 买 了 不到 一 年 就 不 制冷 了 修 了 三 次 还是 不 行 能 要求 换 台 新 的 吗',
    '那个 我想问一下 三包 期 内 修 了 两 次 都 没 修好 可以 退货 吗',
    '空调 安装 的 时候 师傅 收 了 我 三百 块 的 铜管 费 说 是 超 出 标配 了 这个 该 收 吗',
    '洗衣机 过 了 保修 期 一 个 月 就 坏 了 厂家 说 要 收费 修 我 觉得 就是 指量 问题',
    '电视 屏幕 自己 出现 一 条 竖 线 售后 说 是 人为 损坏 不 给 保休 我 根本 没 碰 过 它',
    '热水器 的 保修 卡 找 不到 了 还 能 保修 吗 我 有 发票',
    '买 的 时候 说 是 整机 保 三 年 结果 维修 的 时候 又 说 压缩机 只 保 一 年 这 不是 骗人 吗',
    '保修 期 多久 啊',
    '手机 买 回来 十 天 就 开 不 了 机 店里 说 只 能 修 不 能 换',
    '呃 就是 我 在 手机 店 买 的 说 是 全新 机 结果 一 查 激活 时间 是 半 年 前 的 这 算 翻新 机 吧 能 赔 吗',
    '笔记本 电脑 屏幕 有 坏 点 商家 说 三 个 以内 不 算 质量 问题 是 真的 吗',
    '手机 拿去 售后 修 拿 回来 发现 里面 的 零件 被 换 成 旧 的 了 怎么 投素',
    '买 的 充电宝 充电 的 时候 鼓包 了 差点 着火 找 谁 陪',
    '耳机 一边 没 声音 了 才 用 了 二十 天',
    '阿拉 屋里 买 的 扫地 机器人 用 了 两 个 月 就 不 动 了 伐 晓得 找 啥人',
    '我 在 直播 间 买 的 名牌 包 拿 到 专柜 一 看 说 是 假 的 能 要求 退 一 赔 三 吗',
    '网上 买 的 化妆品 怀疑 是 价货 怎么 鉴定 鉴定 费 谁 出',
    '那个 酒 我 喝 着 味道 不对 瓶子 上 的 防伪 码 一 扫 说 已经 被 查询 过 好 多 次 了',
    '俺 在 集 上 买 的 化肥 撒 到 地里 一点 用 都 没有 怀疑 是 假 的 上哪 告 去',
    '买 到 假 茅台 了 一 共 六 瓶 一万 多 块 钱 商家 死活 不 认 咋 办',
    '商家 说 是 正品 行货 结果 发 来 的 是 水货 这 算 欺诈 吗',
    '药店 买 的 保健品 包装 上 没有 那个 蓝 帽子 标志 是不是 假 的',
    '俺 在 镇 上 买 的 那个 玉米 种子 说 是 高产 的 种 下去 出 苗 不 到 一半 中 不 中 让 他 赔',
    '我 在 超市 买 的 牛奶 回家 一 看 过期 三 天 了 听说 可以 赔 十 倍 是 真的 吗',
    '外卖 里 吃 出 一 根 头发 商家 就 说 给 我 退 五 块 钱 我 能 要求 赔偿 吗',
    '买 的 月饼 里面 有 虫子 还是 活 的',
    '零食 包装 上 全 是 外文 没有 中文 标签 这个 能 卖 吗',
    '那个 熟食 店 的 卤 肉 颜色 红 得 吓人 我 怀疑 加 了 色素 能 找 谁 去 查',
    '超市 把 快 过期 的 肉 换 个 标签 重新 卖 我 亲眼 看见 的 怎么 举报',
    '买 的 大米 煮 出来 有 股 霉 味 超市 说 没 问题 让 我 自己 证明',
    '过期 食品 咋 赔',
    '保值期 到底 是 看 生产 日期 还是 看 包装 日期',
    (
        '我想问一下 就是 我 老婆 在 一 个 母婴 店 给 孩子 买 的 奶粉 三 罐 一 共 九百 多 块 钱 孩子 喝 了 以后 就 '
        '起 疹子 我们 去 医院 看 了 医生 说 可能 是 奶粉 的 问题 然后 我们 一 看 那个 罐子 上 的 字 都 是 外文 也 '
        '没 有 中文 标签 去 找 那个 店 老板 说 是 海外 直邮 的 没 问题 这个 我 该 咋 弄'
    ),
    '我 系 在 网上 订 了 一 个 生日 蛋糕 送 过来 的 时候 都 压 扁 了 咩 都 看 不 出 商家 只 肯 退 一半',
    '饭店 收 开瓶 费 合法 吗 我们 自己 带 了 两 瓶 酒 收 了 一百 块',
    '包间 有 最低 消费 八百 块 事先 没 说 结账 的 时候 才 说',
    '吃饭 的 时候 服务员 把 汤 泼 到 我 衣服 上 了 饭店 就 说 了 句 对不起',
    '饭店 收 了 餐具 费 一 套 两 块 钱 我 没 要 也 给 我 摆 上 了',
    '菜单 上 写 的 是 时价 结账 一 条 鱼 要 六百 八 这 不 是 宰客 吗',
    '扫码 点餐 非要 我 关注 公众号 授权 手机号 才 能 点 不 关注 就 不 给 点',
    '我 在 健身 房 办 了 一 张 年 卡 三千 六 才 去 了 两 个 月 店 就 关门 了 老板 也 找 不到 了',
    '理发店 充 了 两千 块 的 卡 现在 换 了 老板 说 以前 的 卡 不 认 了',
    '美容 院 的 卡 还 剩 八千 多 我 不 想 做 了 他们 说 冲值 卡 概 不 退款',
    '那个 洗车 店 的 会员 卡 里 还 有 六百 多 店 搬 走 了 电话 也 打 不 通',
    '办卡 的 时候 说 充 一千 送 五百 现在 退卡 要 把 送 的 扣掉 剩下 的 还 按 原价 算 这样 合理 吗',
    '预付 卡 丢 了 里面 还 有 钱 商家 说 不 记名 不 能 补',
    '游泳 馆 年 卡 说 是 有效 期 一 年 过期 了 没 用 完 的 次数 就 作废 了 这个 规定 合法 吗',
    '啥子 哦 我 在 火锅 店 充 的 一千 块 钱 还 没 吃 完 店子 就 转让 了 新 老板 说 不 关 他 的 事',
    (
        '哎 我 跟 你 说 啊 俺 们 这 楼下 新 开 了 个 洗浴 中心 开业 的 时候 搞 活动 充 三千 送 三千 俺 就 充 了 '
        '结果 去 了 三 回 就 关门 了 门口 贴 个 条 说 装修 这 都 俩 月 了 也 没 开 俺 这 钱 咋整 啊'
    ),
    '直播 间 主播 说 原价 九百 九 今天 只要 九十 九 我 一 查 平时 也 就 卖 九十 九 这 算 虚假 宣传 吧',
    '网上 买 东西 商家 发 错 货 了 还 让 我 自己 出 运费 寄 回去',
    '网店 下 了 单 付 了 款 商家 说 没 货 了 单方面 取消 订单 能 要求 赔偿 吗',
    '呃 就是 那个 平台 上 的 商家 把 我 拉黑 了 我 找 不到 人 了 该 找 谁',
    '二手 平台 上 买 的 东西 跟 描述 不 一样 卖家 是 个人 这个 你们 管 吗',
    '微信 朋友圈 里 找 代购 买 的 东西 有 问题 对方 把 我 删 了',
    '网购 的 东西 给 了 个 差评 商家 天天 打 电话 骚扰 我 让 我 改',
    '跨境 电商 买 的 奶粉 有 问题 能 找 国内 的 平台 吗',
    '网购 不 发货 咋 办',
    (
        '喂 你好 嘛 我 是 成都 的 我 前 两 天 在 网上 买 了 个 二手 的 苹果 手机 花 了 三千 五 卖家 说 是 九五 新 '
        '没 修 过 结果 到手 我 拿 去 一 检测 说 是 换 过 屏 的 电池 也 是 副厂 的 我 找 卖家 他 就 说 莫得 这 回事 '
        '这 种 有 啥子 办法 嘛'
    ),
    '快递 丢 了 快递 公司 说 只 赔 运费 的 三 倍 可 我 东西 值 两千 多',
    '快递 员 没 打 电话 直接 放 到 驿站 了 驿站 还 要 收 我 取件 费',
    '包裹 显示 已 签收 可 我 根本 没 收到',
    '寄 的 瓷器 到 了 碎 了 快地 说 没 保价 不 管',
    '快递 柜 超时 收费 这 合理 吗 我 上班 晚上 才 能 取',
    '跟 旅行 社 去 云南 玩 导游 强制 我们 进 购物 店 不 买 东西 就 甩 脸色 还 不 让 上 车',
    '报 了 一 个 旅游 团 出发 前 三 天 我 有 事 去 不 了 旅行 社 说 一 分 钱 都 不 退',
    '旅行 社 合同 上 写 的 是 四星 酒店 结果 住 的 是 小 旅馆 怎么 为权',
    '在 三亚 的 海鲜 店 说好 的 三十 八 一 斤 结账 的 时候 说 是 一 两 三十 八 一 共 收 了 四千 多',
    '那个 低价 团 一 个 人 才 三百 九 五 天 去 了 以后 各种 加 钱 这个 能 投诉 吗',
    '景区 门票 老人 有 优惠 吗 售票 的 说 外地 老人 不 能 享受',
    (
        '那个 同志 你好 我 是 退休 的 老 职工 了 我 在 一 个 旅游 公司 报 了 一 个 老年 团 去 海南 说 是 全程 无 '
        '购物 结果 去 了 天天 带 我们 进 店 卖 玉石 卖 乳胶 枕头 我 老伴 还 在 那 买 了 一 个 玉 镯子 花 了 六千 '
        '八 回来 一 鉴定 说 是 染色 的 这 事 该 找 谁 啊'
    ),
    '网上 订 的 酒店 到 了 前台 说 没 房 了 让 我 加钱 升级',
    '民宿 照片 上 看着 特别 好 到 了 跟 图片 完全 不 一样 要求 退款 老板 不 同意',
    '酒店 退房 的 时候 说 我 弄 坏 了 东西 要 赔 三百 我 根本 没 弄',
    '订 酒店 的 时候 写 的 是 免费 取消 结果 取消 以后 还是 扣 了 我 一 晚 的 房费',
    '航班 言误 了 六 个 小时 航空 公司 啥 都 不 给 有 补偿 吗',
    '托运 的 行李 箱 到 了 轮子 摔 掉 了 航空 公司 说 只 能 赔 一百 块',
    '呃 我 买 的 特价 机票 退票 手续费 要 百分之 八十 这 也 太 多 了 吧',
    '在 第三方 网站 买 的 机票 被 捆绑 了 保险 和 酒店 券 我 没 勾选 啊',
    '形李 丢 了 到 现在 一 个 星期 了 还 没 找到',
    '航班 超售 我 被 拒绝 登机 了 能 要求 什么 赔偿',
    '火车 票 在 抢票 软件 上 买 的 收 了 加速 包 的 钱 结果 也 没 抢到 这 钱 能 退 吗',
    '营业厅 给 我 办 了 一 个 套餐 说 是 免费 的 结果 每 个 月 多 扣 三十 块',
    '我 想 携号 转网 营业厅 说 我 有 合约 不 能 转',
    '话费 莫名其妙 被 扣 了 一些 增值 业务 费 我 从来 没 订 过',
    '宽带 说 是 一千 兆 的 实际 网速 慢 得 要命 怎么 投诉',
    '宽带 没 到期 我 搬家 了 要 销户 他们 要 收 为约金',
    '老人 的 手机 卡 被 办 了 一 个 靓号 每 个 月 最低 消费 一百 八',
    '电信 公司 的 问题 上 哪 投诉 是 找 你们 还是 找 工信部',
    '新车 提 回来 才 三 天 发动机 就 漏油 了 能 退车 吗',
    '买 车 的 时候 销售 店 强制 收 我 三千 块 的 金融 服务 费 不 交 就 不 给 办 贷款',
    '车 提 回来 发现 是 酷存 车 出厂 已经 一 年 多 了 销售 根本 没 告诉 我',
    '汽车 在 保修 期 内 修 了 好 几 次 变速箱 还是 有 问题 汽车 有 三包 吗',
    '呃 就是 我 买 的 二手 车 说 是 没 出 过 事故 结果 一 查 是 泡水 车',
    '修车 厂 换 了 个 零件 说 是 原厂 的 其实 是 副厂 件 收 的 是 原厂 的 价',
    '提车 的 时候 说好 送 脚垫 和 贴膜 后来 又 说 要 另外 收钱',
    '电动 汽车 才 开 了 两 万 公里 续航 少 了 三 成 厂家 说 正常',
    '汽车 保养 的 时候 店里 没 经过 我 同意 就 给 我 换 了 一 堆 东西 多 收 了 六百',
    '在 网上 搜 了 个 维修 电话 师傅 上门 修 洗衣机 换 了 个 小 零件 收 我 八百',
    '叫 了 个 开锁 的 开 完 了 要 五百 块 说 是 夜间 加 价',
    '家里 下水道 堵 了 找 人 疏通 说好 一百 结果 弄 完 说 要 一千 二',
    '维修 师傅 把 我 家 热水器 越 修 越 坏 谁 负责',
    '找 人 修 空调 加 氟 收 了 四百 没 两 天 又 不 制冷 了',
    '那个 上门 为修 的 没 给 发票 也 没 给 收据 我 还 能 投诉 吗',
    (
        '呃 是 这样 的 我 那个 上 个 月 二十 号 在 我们 县城 的 一 个 家电 城 买 了 一 台 空调 花 了 四千 二 当时 '
        '说好 的 第 二 天 就 来 装 结果 等 了 一 个 星期 才 来 装 装 完 了 以后 那个 外机 一直 响 吵 得 我们 晚上 '
        '睡 不 着 觉 打 电话 给 他们 他们 就 说 派 人 来 看 一直 也 没 来 就是 想 问 一下 我 这个 能 不能 退 啊'
    ),
    '装修 公司 收 了 我 十 万 的 装修 款 干 了 一 半 人 跑 了',
    '买 的 实木 家具 结果 是 板材 的 商家 说 他 写 的 是 实木 复合',
    '新 买 的 衣柜 甲全 超标 家里 一 股 味 怎么 检测 找 谁 赔',
    '定制 的 橱柜 尺寸 做 错 了 装 不 进去 商家 让 我 自己 想 办法',
    '装修 合同 上 没 写 的 项目 后来 不停 加 钱 增项 比 原来 多 了 三 万',
    '瓷砖 贴 上 去 半 年 就 空鼓 开裂 了 装修 公司 说 过 了 质保',
    '租 房 到期 了 房东 找 各种 理由 不 退 压金 两千 块 咋整',
    '呃 就是 那个 中介 收 了 我 一 个 月 的 中介 费 结果 房子 有 问题 住 不 进去 中介 费 能 退 吗',
    '长租 公寓 我 交 了 一 年 的 房租 现在 公司 跑路 了 房东 要 赶 我 走',
    '房东 提前 收回 房子 要 我 一 个 星期 内 搬走 一 分 钱 都 不 赔',
    '租房 的 时候 中介 说 是 押 一 付 一 签 合同 变成 押 一 付 三 还 给 我 办 了 个 租金 贷',
    '租 车 还 车 的 时候 租车 公司 说 车 上 有 划痕 要 扣 押金 可 那 划痕 是 原来 就 有 的',
    '押金 不 给 退 找 谁',
    '演唱会 门票 买 了 一千 二 结果 演唱会 取消 了 只 退 票面 钱 手续费 不 退',
    '在 皇牛 那 买 的 票 入场 的 时候 说 是 假 票',
    '话剧 票 买 了 临时 有 事 去 不 了 票务 平台 说 一律 不 退 不 换',
    '演出 说 好 的 明星 没 来 换 了 个 人 唱 这 能 退 票 吗',
    '电影院 不 让 带 自己 买 的 饮料 进去 这个 合理 吗',
    '演唱会 门票 写 的 是 内场 结果 座位 在 柱子 后面 啥 也 看 不见',
    '那个 游乐园 门票 一 张 三百 多 进去 以后 一半 项目 都 在 维修 能 退 一 部分 钱 吗',
    '家里 老人 去世 了 医院 的 人 推荐 了 一 个 殡葬 服务 一 套 下来 三 万 多 感觉 被 坑 了',
    '殡仪馆 强制 让 我们 买 他们 的 骨灰 盒 不 让 自己 带 这 合法 吗',
    '买 的 墓地 说好 的 位置 后来 变 了 还 要 加 钱',
    '殡葬 服务 收费 有 没有 标准 我 想 问 问 这个 价格 合理 不',
    '宠物 店 买 的 狗 回家 三 天 就 病 了 查 出 是 犬 瘟 店家 不 认',
    '狗狗 送 去 宠物 医院 做 绝育 结果 死 了 医院 说 是 意外',
    '宠物 寄养 了 一 个 星期 接 回来 瘦 了 一 大 圈 还 得 了 皮肤 病',
    '给 猫 买 的 猫粮 吃 了 以后 吐 了 好 几 次 怀疑 猫粮 有 问题',
    '宠物 美容 店 给 我 家 狗 剪 毛 把 皮肤 剪 伤 了',
    '同 一 个 酒店 我 手机 上 显示 的 价格 比 我 朋友 的 贵 了 一百 这 是 不是 大 数据 杀鼠',
    '打车 软件 老 用户 比 新 用户 贵 这个 能 投诉 吗',
    '视频 软件 的 会员 自动 续废 了 我 根本 不 知道 啥 时候 开通 的 一 年 扣 了 两百 多',
    '外卖 软件 开 了 会员 以后 配送 费 反而 更 贵 了',
    '买 了 视频 网站 的 会员 看 剧 还 要 另外 付费 超前 点播 这 合理 吗',
    '呃 那个 手机 上 的 一 个 软件 说 免费 试用 七 天 结果 第 八 天 直接 扣 了 我 一百 九十 八',
    '网上 付款 的 时候 才 发现 多 了 一 个 服务 费 前面 页面 根本 没 显示',
    '孩子 偷偷 拿 我 手机 给 游戏 充直 了 八千 多 块 能 退 吗',
    '我 儿子 十二 岁 在 直播 平台 给 主播 打赏 花 了 两 万 多 都是 我 的 血汗 钱',
    '游戏 账号 被 封 了 里面 充 的 钱 都 没 了 游戏 公司 也 不 解释',
    '孩子 在 学校 门口 小卖部 买 了 三无 的 辣条 吃 了 肚子 疼',
    '超市 货架 上 标 的 价格 是 九 块 九 结账 的 时候 收 了 十二 块 九',
    '店里 商品 都 没 明码 标价 问 价 的 时候 说 一 个 价 结账 又 是 另 一 个 价',
    '商家 先 涨 价 再 打折 说 是 五 折 其实 跟 原来 价格 差不多 这 是 不是 价格 期诈',
    '停车 场 收费 太 贵 了 一 小时 十五 块 还 没有 公示 收费 标准',
    '加油 站 的 油 感觉 不 够 数 加 了 五十 升 我 那 油箱 根本 装 不 下 五十 升',
    '菜市场 买 菜 称 不 准 缺斤 短两 找 谁',
    '在 美容 院 做 了 个 皮肤 护理 脸 过敏 了 红肿 了 一 个 星期',
    '美容 院 推销 让 我 办 了 一 个 三 万 的 疗程 卡 说是 能 祛斑 做 了 半 年 一点 效果 都 没有',
    '做 双眼皮 做 失败 了 两 边 不 一样 大 那个 机构 说 是 正常 恢复 期',
    '美甲 店 做 的 指甲 三 天 就 掉 了 要求 重做 他们 不 给',
    '那个 美容 院 给 我 用 的 产品 没有 任何 标签 是 三无 产品',
    '商场 化妆品 柜台 卖 给 我 的 是 试用 装 上面 还 写 着 非卖品',
    '报 了 一 个 考证 陪训 班 说 包 过 不 过 全额 退款 结果 没 过 他们 不 认 了',
    '网课 说 好 的 名师 授课 结果 就是 录播 视频 学费 三千 八',
    '驾校 收 了 学费 以后 一直 不 给 安排 练车 还 说 要 补 交 钱',
    '报 了 个 英语 培训 被 忽悠 办 了 贷款 分 二十 四 期 还 现在 不想 学 了',
    '孩子 的 舞蹈 班 换 了 老师 教 得 不 好 想 退 费 机构 说 合同 写 了 不 退',
    '我 妈 七十 多 了 被 人 拉 去 听 讲座 买 了 一万 多 的 保健品 说 能 治 高血压',
    '老人 在 会 销 上 买 的 床垫 说 能 治病 一 万 八 能 退 吗',
    '俺 爹 在 村里 一个 流动 的 摊 上 买 了 一 堆 所谓 的 神药 吃 了 还 不 舒服',
    '有 人 打 电话 给 我 爸 推销 收藏 品 说 能 升值 花 了 五 万',
    '上门 推销 净水器 的 说 免费 检测 水质 然后 说 我 家 水 不 合格 卖 给 我 一 台 四千 多 的',
    '通过 家政 公司 请 了 个 保姆 干 了 一 个 月 就 走 了 中介 费 不 退',
    '搬家 公司 电话 里 说 三百 块 搬 完 了 要 一千 五 不 给 钱 就 不 卸 货',
    '月嫂 中心 说 是 金牌 月嫂 来 的 人 啥 都 不 会',
    '干洗店 把 我 的 大衣 洗 坏 了 只 肯 赔 洗衣 费 的 十 倍 可 大衣 买 的 时候 三千 多',
    '婚纱 照 拍 完 了 底片 要 另外 加 钱 才 给',
    '婚庆 公司 婚礼 当天 布置 跟 合同 上 差 得 太 远 能 要求 退 一 部分 吗',
    '婚宴 酒店 退订 定金 一 万 不 退',
    '体检 中心 的 套餐 说 含 的 项目 到 了 好 几 项 都 不 做 还 不 退 钱',
    '金店 买 的 金 项链 说 是 足金 拿 去 检侧 含量 不够',
    '买 的 钻戒 证书 上 的 等级 跟 实际 的 不 一样',
    '金店 回收 黄金 的 时候 扣 的 损耗 太 多 了',
    '共享 充电宝 我 明明 还 了 还 一直 在 计费 扣 了 九十 九',
    '共享 单车 锁 不 上 一直 计费 客服 电话 打 不 通',
    '燃气 公司 上门 安检 非要 我 换 他们 的 报警器 三百 多 一 个',
    '商场 搞 抽奖 我 中 了 一等奖 结果 要 先 交 税 和 手续费 才 能 领',
    '广告 上 说 买 一 送 一 结果 送 的 是 小 样',
    '商家 广告 上 说 是 全网 最低 价 我 在 别的 地方 看到 更 便宜 的',
    '宣传 单 上 写 的 纯 天然 无 添加 结果 配料 表 里 一 大 堆 添加剂',
    '我 上 个 月 打 过 一 次 幺 二 三 幺 五 投诉 到 现在 都 没 人 联系 我 怎么 查 进度',
    '我 想 撤回 之前 的 投诉 商家 已经 给 我 退 钱 了 怎么 撤',
    '投诉 和 举报 有 啥 区别 我 该 选 哪个',
    '商家 在 外地 我 在 本地 投诉 应该 找 哪 里 的 市场 间管 局',
    '呃 你们 调解 不 成 的话 我 还 能 咋 办 是 不是 只 能 去 法院',
    '投诉 的 时候 需要 准备 哪些 材料 没 有 发票 行 不 行',
    '我 投诉 了 以后 工作 人员 说 不 予 受理 为 什么',
    '头诉 能 匿名 吗 我 怕 商家 报复',
    '我 投诉 的 那个 事 调解 结果 我 不 满意 还 能 重新 投诉 吗',
    '退 一 赔 三 是 咋 回事 不 够 五百 的 怎么 赔',
    '买 到 不 合格 的 食品 赔 十 倍 是 按 价格 的 十 倍 还是 损失 的 十 倍',
    '商家 说 我 是 职业 打假 人 不 给 赔 我 就是 个 普通 消费着',
    '新 买 的 皮鞋 穿 了 一 个 星期 就 开胶 了',
    '衣服 洗 了 一 次 就 掉色 把 别的 衣服 都 染 了 商家 说 是 我 洗 的 方法 不对',
    '超市 的 会员 积分 说 清零 就 清零 了 也 没 通知',
    '商场 买 东西 说 满 一千 送 三百 的 券 结果 券 只 能 买 指定 商品',
    '给 老人 买 的 助听器 八千 多 戴 着 根本 没 效果',
    '买 的 电动车 电瓶 半 年 就 不 行 了 商家 说 电瓶 不 在 保修 范围',
    '电动 自行车 说 是 新 国标 的 结果 上 不 了 牌',
    '在 歌厅 唱歌 果盘 一 盘 就 收 了 三百 八',
    '网吧 充 的 钱 不 给 退',
    '刚 买 完 房子 装修 公司 电话 就 打 进来 了 我 的 信息 是 谁 泄露 的',
    '网上 买 完 东西 就 接到 假 客服 电话 说 要 给 我 理赔',
    'i bought a phone on taobao and it broke after 3 days can i return it',
    'how do i make complain to 12315 i am foreigner living in shanghai',
    'my landlord dont give back my deposit when i move out what can i do',
    'the gym closed suddenly and i paid for one year membership how to get my money back',
    'is there english service for 12315 hotline',
    'i order food on meituan and there was a bug in it the restaurant only want refund 10 yuan',
    'airline lost my luggage on flight from beijing to chengdu who i should contact',
    'my flight delay 8 hours and airline give no compensation is this allowed in china',
    'i bought concert ticket but cannot go now the platform say no refund at all',
    'hotel charge me for damage in room that i did not do',
    'the shop sell me fake nike shoes how can i get compensation',
    'what is the 7 days no reason return rule does it apply for foreigners also',
    'i paid deposit for apartment through agent and the agent disapear',
    'can i complain online if i dont speak chinese',
    'taxi app charged me much more than my colleage for the same route same time',
    'the hairdresser cut my hair very bad and still charge me 500 yuan',
    'my dog died after surgery in pet hospital i think vet made mistake',
    'phone company charge me every month for services i never order',
    'how long it take for 12315 to reply my complaint',
    'i want to cancel my complaint because the seller already refund me',
    'i bought milk in supermarket which was expired what compensation can i ask',
    'restaurant add 10 percent service fee not written on menu is it ok',
    'i got food poisoning after eating in a restaurant in guangzhou hospital cost 2000',
    'online shop sent me wrong color and want me to pay the shipping back',
    'express company lost my package they only offer to pay very small amount',
    'the air conditioner in my rented apartment broke and landlord refuse to repair',
    'the car i bought from dealer have engine problem after one week can i change to new car',
    'second hand car dealer lie about the accident history of the car',
    'repair man come to fix my washing machine and charge crazy price for small part',
    'locksmith charged me 600 yuan to open door at night is this normal price',
    'chinese language school refuse to refund after i stop the course because of my job change',
    'travel agency change our hotel to worse one without tell us',
    'my subscription auto renew and i never agree how to stop and get money back',
    'price on the shelf was different from what cashier charged me',
    'is it legal that shop say no return no exchange for sale items',
    'i bought laptop in electronic market in shenzhen and seller changed some parts inside to old one',
    'beauty salon changed owner and new owner not accept my prepaid card',
    'what documents i need to make complaint i only have wechat pay record',
    'the hot pot restaurant in chongqing charged us for tissues and plates we didnt ask',
    'seller on xianyu sent me broken item and then block me',
    'i bought a sofa online and it arrive with broken leg the shop want me to fix myself',
    'my son spend 3000 yuan in mobile game without permision can i get refund',
    'live stream seller say the product is original but it is copy',
    'the face cream i bought make my face allergic and red',
    'new wardrobe smell very strong maybe formaldehyde shop say its normal',
    'internet speed is much slower than they promise in contract',
    'i want change mobile operator but keep my number and they refuse',
    'moving company hold my furnitures and ask more money than agreed',
    'i cancel hotel booking in free cancelation period but still got charged',
    'train ticket app add extra insurance which i didnt want',
    'the pet shop sold me a sick kitten and it died in one week',
    'funeral home price very high for my father is there standard price',
    'dry cleaner ruin my wool coat and offer only little money',
    'we signed with a wedding planner and they want keep all deposit after we cancel 6 month before',
    'electric scooter battery stop working after 4 month shop say battery no warranty',
    'my complaint was rejected why and what i can do next',
    'i bought gold bracelet and test show the gold is not pure',
    'the glasses shop made wrong prescription and i get headache',
    'tour guide forced us to go shopping and was angry when we didnt buy',
    'theme park many rides closed but still full price ticket',
    'i want report a shop selling expired food not for compensation only report',
    'hi i need help my refund not arrive after 20 days',
    'what means three guarantees sanbao in warranty',
    'is warranty still valid if i lost the receipt',
    'scalper sold me fake ticket for football match',
    'wedding photo studio ask extra money for the digital files',
    'delivery man leave my package at station and didnt call me',
    'how much compensation for fake goods is it three times price',
    'the restaurant dont let us bring own wine or charge big fee',
    'my new phone screen have dead pixels and store say it is normal',
    'hotel room very dirty and not same like photos online',
    'parking lot charged me more than the price on the sign',
    'my grandmother buy health products at seminar for 20000 yuan they say it cure diabetes',
    'where is 12315 office in my city can i go there in person',
    'car rental company keep my deposit for scratch that was already there before',
]

OFF_TOPIC_SIXTEENTH: list[str] = [
    '我 想 贷款 五 万 块 钱 哪个 银行 利息 低 一点',
    '呃 我 和 我 老公 要 离婚 孩子 的 抚养 权 一般 咋 判',
    '社保 断 交 了 三 个 月 怎么 补 缴',
    '闯 红灯 被 拍 了 罚款 去 哪 交',
    '个人 所得 税 年度 汇算 怎么 申请 退 税',
    '公司 拖欠 我 三 个 月 工资 老板 不 给 咋整',
    '楼上 邻居 天天 半夜 跺 地板 吵 得 睡 不 着',
    '孩子 上 小学 没 有 本地 户口 能 上 吗',
    '我 这 几 天 老是 头疼 发烧 吃 点 啥 药 好',
    '护照 过期 了 在 哪 里 换 新 的',
    '我 想 投诉 我们 单位 领导 乱 扣 我 奖金',
    '我 在 厂里 上班 受 了 工伤 公司 不 给 赔偿',
    '我 买 的 彩票 中 了 两千 块 去 哪里 领 奖',
    '借 给 朋友 两 万 块 钱 他 不 还 了 咋 办',
    '我 在 银行 买 的 基金 亏 了 一 半 当时 说 是 保本 的 能 找 银行 退 钱 吗',
    '我 家 门口 的 路灯 坏 了 好 久 了 找 谁 修',
    '我 想 举报 邻居 在 小区 里 私 搭 乱 建',
    '老公 在 外面 欠 了 网贷 我 要 不 要 替 他 还',
    '在 网上 被 人 骗 去 刷单 骗 了 三 万 块 钱 能 帮 我 追 回来 吗',
    '明天 去 上海 的 高铁 最 早 几 点 发车',
    '村里 宅基地 的 事 跟 邻居 吵 起来 了 找 谁 管',
    '孩子 在 学校 被 同学 欺负 了 学校 不 管',
    '信用卡 逾期 了 银行 天天 打 电话 催 收 我 想 投诉 这 家 银行',
    '我 买 的 商品 房 要 过户 给 我 儿子 要 交 多少 税',
    '我 家 狗 走丢 了 你们 能 帮 我 找 一下 吗',
    '我 要 申请 低保 需要 啥 材料',
    '公积金 咋 提取 出来 买 房 用',
    'what is the weather tomorrow in shenzhen will it rain',
    'my employer dont pay my salary for two month what should i do',
    'i need personal loan which bank give loan to foreigner',
    'how i pay my traffic fine i got ticket for wrong parking',
    'my neighbor play loud music every night until 2 am',
    'i want to buy an apartment in china as foreigner how much tax i pay',
    'i have fever and cough which medicine should i buy',
    'company fired me without any reason can i complain to you',
]

# (question, first label, first runner-up, second label, second runner-up): two labellers, each on their own
LABELS_BOTH: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    (
        '呃 就是 我 在 拼 多 多 上 买 了 一 双 鞋 穿 了 一 次 觉得 不 合适 还 能 退 吗',
        'online_seven_day_return', 'online_goods_quality', 'online_seven_day_return', 'seven_day_return_exceptions',
    ),
    (
        ('那个 商家 说 定制 商品 不 支持 七 天 无 理由 可 我 买 的 就是 普通 的 窗帘 只是 选 了 个 尺寸 这 也 算 '
         '定制 吗'),
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '退或 的 运费 到底 该 谁 出 啊',
        'return_shipping_cost', 'online_seven_day_return', 'return_shipping_cost', None,
    ),
    (
        '东西 退回去 了 快递 显示 商家 签收 了 十 几 天 了 还 不 给 我 退 钱 咋整',
        'online_seven_day_return', None, 'online_seven_day_return', 'online_platform_liability',
    ),
    (
        '网购 的 手机 拆 了 塑封 商家 就 说 影响 二次 销售 不 给 退 有 这个 规定 吗',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '七 天 无 理由 是 从 下单 那 天 算 还是 从 签收 那 天 算',
        'online_seven_day_return', None, 'online_seven_day_return', None,
    ),
    (
        '我 在 商场 买 的 羽绒服 第 二 天 发现 袖子 上 有 个 洞 去 找 他们 只 给 换 不 给 推款',
        'defective_goods_remedies', None, 'defective_goods_remedies', None,
    ),
    (
        '店里 墙 上 贴 着 一 张 纸 写 着 特价 商品 概 不 退换 这个 有效 吗',
        'unfair_standard_terms', None, 'unfair_standard_terms', None,
    ),
    (
        '商家 答应 退款 了 但是 说 要 扣 百分之 二十 的 手续费 这 合法 吗',
        'refund_at_invoice_price', 'unfair_standard_terms', 'refund_at_invoice_price', 'unfair_standard_terms',
    ),
    (
        '呃 我 交 了 五百 块 定金 后来 不想 买 了 还 能 要 回来 吗 定金 和 订金 有 啥 区别',
        'deposit_refund', None, 'deposit_refund', None,
    ),
    (
        '付 了 钱 商家 一直 不 发货 我 要 退款 客服 就 是 不 理 我',
        'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', None,
    ),
    ('退款 说 原路 返回 可 我 那 张 银行卡 已经 注销 了 钱 会 退到 哪 去', None, None, None, None),
    (
        '我 家 冰箱 买 了 不到 一 年 就 不 制冷 了 修 了 三 次 还是 不 行 能 要求 换 台 新 的 吗',
        'sanbao_two_repairs', 'defective_goods_remedies', 'sanbao_two_repairs', None,
    ),
    (
        '那个 我想问一下 三包 期 内 修 了 两 次 都 没 修好 可以 退货 吗',
        'sanbao_two_repairs', None, 'sanbao_two_repairs', None,
    ),
    (
        '空调 安装 的 时候 师傅 收 了 我 三百 块 的 铜管 费 说 是 超 出 标配 了 这个 该 收 吗',
        None, 'price_tag_mismatch', 'price_tag_mismatch', 'repair_service_overcharge',
    ),
    (
        '洗衣机 过 了 保修 期 一 个 月 就 坏 了 厂家 说 要 收费 修 我 觉得 就是 指量 问题',
        'claim_time_limit', 'defective_goods_remedies', 'claim_time_limit', 'defective_goods_remedies',
    ),
    (
        '电视 屏幕 自己 出现 一 条 竖 线 售后 说 是 人为 损坏 不 给 保休 我 根本 没 碰 过 它',
        'defect_burden_of_proof', None, 'defect_burden_of_proof', None,
    ),
    ('热水器 的 保修 卡 找 不到 了 还 能 保修 吗 我 有 发票', 'warranty_card_lost', None, 'warranty_card_lost', None),
    (
        '买 的 时候 说 是 整机 保 三 年 结果 维修 的 时候 又 说 压缩机 只 保 一 年 这 不是 骗人 吗',
        'sanbao_period_length', 'false_advertising', 'sanbao_period_length', 'false_advertising',
    ),
    (
        '保修 期 多久 啊',
        'sanbao_period_length', 'car_warranty_periods', 'sanbao_period_length', 'car_warranty_periods',
    ),
    (
        '手机 买 回来 十 天 就 开 不 了 机 店里 说 只 能 修 不 能 换',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies', 'sanbao_seven_fifteen_days', None,
    ),
    (
        '呃 就是 我 在 手机 店 买 的 说 是 全新 机 结果 一 查 激活 时间 是 半 年 前 的 这 算 翻新 机 吧 能 赔 吗',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '笔记本 电脑 屏幕 有 坏 点 商家 说 三 个 以内 不 算 质量 问题 是 真的 吗',
        'defective_goods_remedies', None, 'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        '手机 拿去 售后 修 拿 回来 发现 里面 的 零件 被 换 成 旧 的 了 怎么 投素',
        'fraud_three_fold', 'repair_service_overcharge', 'fraud_three_fold', 'repair_service_overcharge',
    ),
    (
        '买 的 充电宝 充电 的 时候 鼓包 了 差点 着火 找 谁 陪',
        'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies', 'personal_injury',
    ),
    (
        '耳机 一边 没 声音 了 才 用 了 二十 天',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        '阿拉 屋里 买 的 扫地 机器人 用 了 两 个 月 就 不 动 了 伐 晓得 找 啥人',
        'defective_goods_remedies', 'sanbao_period_length', 'defective_goods_remedies', 'sanbao_period_length',
    ),
    (
        '我 在 直播 间 买 的 名牌 包 拿 到 专柜 一 看 说 是 假 的 能 要求 退 一 赔 三 吗',
        'fraud_three_fold', 'social_media_daigou_fake', 'fraud_three_fold', 'online_platform_liability',
    ),
    (
        '网上 买 的 化妆品 怀疑 是 价货 怎么 鉴定 鉴定 费 谁 出',
        'evidence_to_keep', None, 'evidence_to_keep', 'defect_burden_of_proof',
    ),
    (
        '那个 酒 我 喝 着 味道 不对 瓶子 上 的 防伪 码 一 扫 说 已经 被 查询 过 好 多 次 了',
        'fraud_three_fold', 'food_ten_fold', 'fraud_three_fold', 'food_ten_fold',
    ),
    (
        '俺 在 集 上 买 的 化肥 撒 到 地里 一点 用 都 没有 怀疑 是 假 的 上哪 告 去',
        'fraud_three_fold', 'defective_goods_remedies', 'fraud_three_fold', 'complaint_jurisdiction_2026',
    ),
    (
        '买 到 假 茅台 了 一 共 六 瓶 一万 多 块 钱 商家 死活 不 认 咋 办',
        'fraud_three_fold', 'food_ten_fold', 'fraud_three_fold', 'food_ten_fold',
    ),
    (
        '商家 说 是 正品 行货 结果 发 来 的 是 水货 这 算 欺诈 吗',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '药店 买 的 保健品 包装 上 没有 那个 蓝 帽子 标志 是不是 假 的',
        None, 'health_food_claims', None, 'health_food_claims',
    ),
    (
        '俺 在 镇 上 买 的 那个 玉米 种子 说 是 高产 的 种 下去 出 苗 不 到 一半 中 不 中 让 他 赔',
        'defective_goods_remedies', 'false_advertising', 'defective_goods_remedies', 'false_advertising',
    ),
    (
        '我 在 超市 买 的 牛奶 回家 一 看 过期 三 天 了 听说 可以 赔 十 倍 是 真的 吗',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        '外卖 里 吃 出 一 根 头发 商家 就 说 给 我 退 五 块 钱 我 能 要求 赔偿 吗',
        'food_ten_fold', None, 'food_ten_fold', None,
    ),
    ('买 的 月饼 里面 有 虫子 还是 活 的', 'food_ten_fold', None, 'food_ten_fold', 'defective_goods_remedies'),
    (
        '零食 包装 上 全 是 外文 没有 中文 标签 这个 能 卖 吗',
        'food_label_flaw', 'food_ten_fold', 'food_label_flaw', 'food_ten_fold',
    ),
    (
        '那个 熟食 店 的 卤 肉 颜色 红 得 吓人 我 怀疑 加 了 色素 能 找 谁 去 查',
        'complaint_or_report', 'anonymous_report', 'complaint_or_report', 'food_ten_fold',
    ),
    (
        '超市 把 快 过期 的 肉 换 个 标签 重新 卖 我 亲眼 看见 的 怎么 举报',
        'complaint_or_report', 'anonymous_report', 'complaint_or_report', 'expired_food',
    ),
    (
        '买 的 大米 煮 出来 有 股 霉 味 超市 说 没 问题 让 我 自己 证明',
        'food_ten_fold', 'defect_burden_of_proof', 'evidence_to_keep', 'food_ten_fold',
    ),
    ('过期 食品 咋 赔', 'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold'),
    ('保值期 到底 是 看 生产 日期 还是 看 包装 日期', None, 'expired_food', None, 'food_label_flaw'),
    (
        ('我想问一下 就是 我 老婆 在 一 个 母婴 店 给 孩子 买 的 奶粉 三 罐 一 共 九百 多 块 钱 孩子 喝 了 以后 '
         '就 起 疹子 我们 去 医院 看 了 医生 说 可能 是 奶粉 的 问题 然后 我们 一 看 那个 罐子 上 的 字 都 是 '
         '外文 也 没 有 中文 标签 去 找 那个 店 老板 说 是 海外 直邮 的 没 问题 这个 我 该 咋 弄'),
        'food_ten_fold', 'cross_border_purchase', 'food_ten_fold', 'cross_border_purchase',
    ),
    (
        '我 系 在 网上 订 了 一 个 生日 蛋糕 送 过来 的 时候 都 压 扁 了 咩 都 看 不 出 商家 只 肯 退 一半',
        'goods_damaged_in_transit', 'spoiled_on_arrival', 'goods_damaged_in_transit', 'spoiled_on_arrival',
    ),
    (
        '饭店 收 开瓶 费 合法 吗 我们 自己 带 了 两 瓶 酒 收 了 一百 块',
        'corkage_minimum_spend', None, 'corkage_minimum_spend', None,
    ),
    (
        '包间 有 最低 消费 八百 块 事先 没 说 结账 的 时候 才 说',
        'corkage_minimum_spend', None, 'corkage_minimum_spend', None,
    ),
    (
        '吃饭 的 时候 服务员 把 汤 泼 到 我 衣服 上 了 饭店 就 说 了 句 对不起',
        None, 'personal_injury', None, 'personal_injury',
    ),
    (
        '饭店 收 了 餐具 费 一 套 两 块 钱 我 没 要 也 给 我 摆 上 了',
        'price_tag_mismatch', 'corkage_minimum_spend', 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    (
        '菜单 上 写 的 是 时价 结账 一 条 鱼 要 六百 八 这 不 是 宰客 吗',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '扫码 点餐 非要 我 关注 公众号 授权 手机号 才 能 点 不 关注 就 不 给 点',
        'personal_information', None, 'personal_information', None,
    ),
    (
        '我 在 健身 房 办 了 一 张 年 卡 三千 六 才 去 了 两 个 月 店 就 关门 了 老板 也 找 不到 了',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        '理发店 充 了 两千 块 的 卡 现在 换 了 老板 说 以前 的 卡 不 认 了',
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '美容 院 的 卡 还 剩 八千 多 我 不 想 做 了 他们 说 冲值 卡 概 不 退款',
        'prepaid_refund', 'unfair_standard_terms', 'prepaid_refund', 'unfair_standard_terms',
    ),
    (
        '那个 洗车 店 的 会员 卡 里 还 有 六百 多 店 搬 走 了 电话 也 打 不 通',
        'prepaid_shop_closed', None, 'prepaid_shop_closed', None,
    ),
    (
        '办卡 的 时候 说 充 一千 送 五百 现在 退卡 要 把 送 的 扣掉 剩下 的 还 按 原价 算 这样 合理 吗',
        'prepaid_refund', None, 'prepaid_refund', 'unfair_standard_terms',
    ),
    ('预付 卡 丢 了 里面 还 有 钱 商家 说 不 记名 不 能 补', None, 'prepaid_card_expiry', None, 'prepaid_refund'),
    (
        '游泳 馆 年 卡 说 是 有效 期 一 年 过期 了 没 用 完 的 次数 就 作废 了 这个 规定 合法 吗',
        'prepaid_card_expiry', 'unfair_standard_terms', 'prepaid_card_expiry', 'gym_membership',
    ),
    (
        '啥子 哦 我 在 火锅 店 充 的 一千 块 钱 还 没 吃 完 店子 就 转让 了 新 老板 说 不 关 他 的 事',
        'prepaid_shop_closed', None, 'prepaid_shop_closed', None,
    ),
    (
        ('哎 我 跟 你 说 啊 俺 们 这 楼下 新 开 了 个 洗浴 中心 开业 的 时候 搞 活动 充 三千 送 三千 俺 就 充 了 '
         '结果 去 了 三 回 就 关门 了 门口 贴 个 条 说 装修 这 都 俩 月 了 也 没 开 俺 这 钱 咋整 啊'),
        'prepaid_shop_closed', None, 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '直播 间 主播 说 原价 九百 九 今天 只要 九十 九 我 一 查 平时 也 就 卖 九十 九 这 算 虚假 宣传 吧',
        'price_fraud_fake_discount', 'false_advertising', 'price_fraud_fake_discount', 'false_advertising',
    ),
    (
        '网上 买 东西 商家 发 错 货 了 还 让 我 自己 出 运费 寄 回去',
        'return_shipping_cost', None, 'return_shipping_cost', 'online_seven_day_return',
    ),
    (
        '网店 下 了 单 付 了 款 商家 说 没 货 了 单方面 取消 订单 能 要求 赔偿 吗',
        'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', None,
    ),
    (
        '呃 就是 那个 平台 上 的 商家 把 我 拉黑 了 我 找 不到 人 了 该 找 谁',
        'online_platform_liability', None, 'online_platform_liability', None,
    ),
    (
        '二手 平台 上 买 的 东西 跟 描述 不 一样 卖家 是 个人 这个 你们 管 吗',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        '微信 朋友圈 里 找 代购 买 的 东西 有 问题 对方 把 我 删 了',
        'social_media_daigou_fake', None, 'social_media_daigou_fake', None,
    ),
    (
        '网购 的 东西 给 了 个 差评 商家 天天 打 电话 骚扰 我 让 我 改',
        'personal_information', 'marketing_calls_and_messages',
        'personal_information', 'marketing_calls_and_messages',
    ),
    (
        '跨境 电商 买 的 奶粉 有 问题 能 找 国内 的 平台 吗',
        'cross_border_purchase', None, 'cross_border_purchase', None,
    ),
    ('网购 不 发货 咋 办', 'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', None),
    (
        ('喂 你好 嘛 我 是 成都 的 我 前 两 天 在 网上 买 了 个 二手 的 苹果 手机 花 了 三千 五 卖家 说 是 九五 '
         '新 没 修 过 结果 到手 我 拿 去 一 检测 说 是 换 过 屏 的 电池 也 是 副厂 的 我 找 卖家 他 就 说 莫得 这 '
         '回事 这 种 有 啥子 办法 嘛'),
        'second_hand_individual_seller', 'fraud_three_fold', 'second_hand_individual_seller', 'fraud_three_fold',
    ),
    (
        '快递 丢 了 快递 公司 说 只 赔 运费 的 三 倍 可 我 东西 值 两千 多',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        '快递 员 没 打 电话 直接 放 到 驿站 了 驿站 还 要 收 我 取件 费',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    ('包裹 显示 已 签收 可 我 根本 没 收到', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    (
        '寄 的 瓷器 到 了 碎 了 快地 说 没 保价 不 管',
        'express_lost_or_damaged', 'goods_damaged_in_transit', 'express_lost_or_damaged', None,
    ),
    (
        '快递 柜 超时 收费 这 合理 吗 我 上班 晚上 才 能 取',
        None, 'express_lost_or_damaged', None, 'express_lost_or_damaged',
    ),
    (
        '跟 旅行 社 去 云南 玩 导游 强制 我们 进 购物 店 不 买 东西 就 甩 脸色 还 不 让 上 车',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        '报 了 一 个 旅游 团 出发 前 三 天 我 有 事 去 不 了 旅行 社 说 一 分 钱 都 不 退',
        None, 'travel_itinerary_change', None, 'travel_itinerary_change',
    ),
    (
        '旅行 社 合同 上 写 的 是 四星 酒店 结果 住 的 是 小 旅馆 怎么 为权',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    (
        '在 三亚 的 海鲜 店 说好 的 三十 八 一 斤 结账 的 时候 说 是 一 两 三十 八 一 共 收 了 四千 多',
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        '那个 低价 团 一 个 人 才 三百 九 五 天 去 了 以后 各种 加 钱 这个 能 投诉 吗',
        'travel_forced_shopping', None, 'travel_forced_shopping', 'travel_itinerary_change',
    ),
    ('景区 门票 老人 有 优惠 吗 售票 的 说 外地 老人 不 能 享受', None, None, None, None),
    (
        ('那个 同志 你好 我 是 退休 的 老 职工 了 我 在 一 个 旅游 公司 报 了 一 个 老年 团 去 海南 说 是 全程 无 '
         '购物 结果 去 了 天天 带 我们 进 店 卖 玉石 卖 乳胶 枕头 我 老伴 还 在 那 买 了 一 个 玉 镯子 花 了 六千 '
         '八 回来 一 鉴定 说 是 染色 的 这 事 该 找 谁 啊'),
        'travel_forced_shopping', 'fraud_three_fold', 'travel_forced_shopping', 'fraud_three_fold',
    ),
    (
        '网上 订 的 酒店 到 了 前台 说 没 房 了 让 我 加钱 升级',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        '民宿 照片 上 看着 特别 好 到 了 跟 图片 完全 不 一样 要求 退款 老板 不 同意',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        '酒店 退房 的 时候 说 我 弄 坏 了 东西 要 赔 三百 我 根本 没 弄',
        None, 'security_deposit_refund', 'security_deposit_refund', None,
    ),
    (
        '订 酒店 的 时候 写 的 是 免费 取消 结果 取消 以后 还是 扣 了 我 一 晚 的 房费',
        None, 'hotel_booking_not_honoured', 'hotel_booking_not_honoured', 'unfair_standard_terms',
    ),
    (
        '航班 言误 了 六 个 小时 航空 公司 啥 都 不 给 有 补偿 吗',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        '托运 的 行李 箱 到 了 轮子 摔 掉 了 航空 公司 说 只 能 赔 一百 块',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        '呃 我 买 的 特价 机票 退票 手续费 要 百分之 八十 这 也 太 多 了 吧',
        'air_ticket_refund_fee', None, 'air_ticket_refund_fee', None,
    ),
    (
        '在 第三方 网站 买 的 机票 被 捆绑 了 保险 和 酒店 券 我 没 勾选 啊',
        None, 'price_tag_mismatch', None, 'price_tag_mismatch',
    ),
    ('形李 丢 了 到 现在 一 个 星期 了 还 没 找到', 'flight_delay_baggage', None, 'flight_delay_baggage', None),
    (
        '航班 超售 我 被 拒绝 登机 了 能 要求 什么 赔偿',
        'flight_delay_baggage', 'air_ticket_refund_fee', 'flight_delay_baggage', None,
    ),
    ('火车 票 在 抢票 软件 上 买 的 收 了 加速 包 的 钱 结果 也 没 抢到 这 钱 能 退 吗', None, None, None, None),
    (
        '营业厅 给 我 办 了 一 个 套餐 说 是 免费 的 结果 每 个 月 多 扣 三十 块',
        'telecom_unordered_services', 'free_phone_contract_bundle',
        'telecom_unordered_services', 'free_phone_contract_bundle',
    ),
    (
        '我 想 携号 转网 营业厅 说 我 有 合约 不 能 转',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        '话费 莫名其妙 被 扣 了 一些 增值 业务 费 我 从来 没 订 过',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    ('宽带 说 是 一千 兆 的 实际 网速 慢 得 要命 怎么 投诉', None, 'false_advertising', None, 'false_advertising'),
    (
        '宽带 没 到期 我 搬家 了 要 销户 他们 要 收 为约金',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        '老人 的 手机 卡 被 办 了 一 个 靓号 每 个 月 最低 消费 一百 八',
        'telecom_unordered_services', 'broadband_contract_exit',
        'telecom_unordered_services', 'free_phone_contract_bundle',
    ),
    (
        '电信 公司 的 问题 上 哪 投诉 是 找 你们 还是 找 工信部',
        'telecom_unordered_services', 'complaint_jurisdiction_2026',
        'telecom_unordered_services', 'complaint_jurisdiction_2026',
    ),
    ('新车 提 回来 才 三 天 发动机 就 漏油 了 能 退车 吗', 'car_sanbao_return', None, 'car_sanbao_return', None),
    (
        '买 车 的 时候 销售 店 强制 收 我 三千 块 的 金融 服务 费 不 交 就 不 给 办 贷款',
        'car_dealer_extra_fees', None, 'car_dealer_extra_fees', None,
    ),
    (
        '车 提 回来 发现 是 酷存 车 出厂 已经 一 年 多 了 销售 根本 没 告诉 我',
        'used_car_concealed_history', 'fraud_three_fold', 'used_car_concealed_history', 'fraud_three_fold',
    ),
    (
        '汽车 在 保修 期 内 修 了 好 几 次 变速箱 还是 有 问题 汽车 有 三包 吗',
        'car_sanbao_return', 'car_warranty_periods', 'car_sanbao_return', 'car_warranty_periods',
    ),
    (
        '呃 就是 我 买 的 二手 车 说 是 没 出 过 事故 结果 一 查 是 泡水 车',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        '修车 厂 换 了 个 零件 说 是 原厂 的 其实 是 副厂 件 收 的 是 原厂 的 价',
        'fraud_three_fold', 'repair_service_overcharge', 'fraud_three_fold', 'repair_service_overcharge',
    ),
    (
        '提车 的 时候 说好 送 脚垫 和 贴膜 后来 又 说 要 另外 收钱',
        'promotion_rules_coupons', 'car_dealer_extra_fees', 'promotion_rules_coupons', 'car_dealer_extra_fees',
    ),
    (
        '电动 汽车 才 开 了 两 万 公里 续航 少 了 三 成 厂家 说 正常',
        None, 'car_warranty_periods', None, 'car_warranty_periods',
    ),
    (
        '汽车 保养 的 时候 店里 没 经过 我 同意 就 给 我 换 了 一 堆 东西 多 收 了 六百',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '在 网上 搜 了 个 维修 电话 师傅 上门 修 洗衣机 换 了 个 小 零件 收 我 八百',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '叫 了 个 开锁 的 开 完 了 要 五百 块 说 是 夜间 加 价',
        'repair_service_overcharge', None, 'repair_service_overcharge', 'price_tag_mismatch',
    ),
    (
        '家里 下水道 堵 了 找 人 疏通 说好 一百 结果 弄 完 说 要 一千 二',
        'repair_service_overcharge', None, 'repair_service_overcharge', 'price_tag_mismatch',
    ),
    (
        '维修 师傅 把 我 家 热水器 越 修 越 坏 谁 负责',
        None, 'repair_service_overcharge', None, 'repair_service_overcharge',
    ),
    (
        '找 人 修 空调 加 氟 收 了 四百 没 两 天 又 不 制冷 了',
        None, 'repair_service_overcharge', None, 'repair_service_overcharge',
    ),
    (
        '那个 上门 为修 的 没 给 发票 也 没 给 收据 我 还 能 投诉 吗',
        'evidence_to_keep', 'invoice_refused', 'evidence_to_keep', 'invoice_refused',
    ),
    (
        ('呃 是 这样 的 我 那个 上 个 月 二十 号 在 我们 县城 的 一 个 家电 城 买 了 一 台 空调 花 了 四千 二 '
         '当时 说好 的 第 二 天 就 来 装 结果 等 了 一 个 星期 才 来 装 装 完 了 以后 那个 外机 一直 响 吵 得 '
         '我们 晚上 睡 不 着 觉 打 电话 给 他们 他们 就 说 派 人 来 看 一直 也 没 来 就是 想 问 一下 我 这个 能 '
         '不能 退 啊'),
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        '装修 公司 收 了 我 十 万 的 装修 款 干 了 一 半 人 跑 了',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '买 的 实木 家具 结果 是 板材 的 商家 说 他 写 的 是 实木 复合',
        'false_advertising', 'fraud_three_fold', 'false_advertising', 'fraud_three_fold',
    ),
    (
        '新 买 的 衣柜 甲全 超标 家里 一 股 味 怎么 检测 找 谁 赔',
        'defective_goods_remedies', None, 'defective_goods_remedies', 'evidence_to_keep',
    ),
    (
        '定制 的 橱柜 尺寸 做 错 了 装 不 进去 商家 让 我 自己 想 办法',
        'defective_goods_remedies', 'home_renovation_dispute', 'defective_goods_remedies', 'home_renovation_dispute',
    ),
    (
        '装修 合同 上 没 写 的 项目 后来 不停 加 钱 增项 比 原来 多 了 三 万',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '瓷砖 贴 上 去 半 年 就 空鼓 开裂 了 装修 公司 说 过 了 质保',
        'home_renovation_dispute', 'claim_time_limit', 'home_renovation_dispute', 'claim_time_limit',
    ),
    (
        '租 房 到期 了 房东 找 各种 理由 不 退 压金 两千 块 咋整',
        'housing_rental_deposit', None, 'housing_rental_deposit', None,
    ),
    (
        '呃 就是 那个 中介 收 了 我 一 个 月 的 中介 费 结果 房子 有 问题 住 不 进去 中介 费 能 退 吗',
        None, 'housing_rental_deposit', None, 'housing_rental_deposit',
    ),
    (
        '长租 公寓 我 交 了 一 年 的 房租 现在 公司 跑路 了 房东 要 赶 我 走',
        'housing_rental_deposit', 'prepaid_refund', 'housing_rental_deposit', 'prepaid_shop_closed',
    ),
    (
        '房东 提前 收回 房子 要 我 一 个 星期 内 搬走 一 分 钱 都 不 赔',
        None, 'housing_rental_deposit', None, 'housing_rental_deposit',
    ),
    (
        '租房 的 时候 中介 说 是 押 一 付 一 签 合同 变成 押 一 付 三 还 给 我 办 了 个 租金 贷',
        None, 'housing_rental_deposit', None, 'housing_rental_deposit',
    ),
    (
        '租 车 还 车 的 时候 租车 公司 说 车 上 有 划痕 要 扣 押金 可 那 划痕 是 原来 就 有 的',
        'security_deposit_refund', None, 'security_deposit_refund', None,
    ),
    (
        '押金 不 给 退 找 谁',
        'security_deposit_refund', 'housing_rental_deposit', 'security_deposit_refund', 'housing_rental_deposit',
    ),
    (
        '演唱会 门票 买 了 一千 二 结果 演唱会 取消 了 只 退 票面 钱 手续费 不 退',
        'event_ticket_refund', None, 'event_ticket_refund', None,
    ),
    (
        '在 皇牛 那 买 的 票 入场 的 时候 说 是 假 票',
        None, 'fraud_three_fold', 'fraud_three_fold', 'event_ticket_refund',
    ),
    (
        '话剧 票 买 了 临时 有 事 去 不 了 票务 平台 说 一律 不 退 不 换',
        'unfair_standard_terms', 'event_ticket_refund', 'unfair_standard_terms', 'event_ticket_refund',
    ),
    (
        '演出 说 好 的 明星 没 来 换 了 个 人 唱 这 能 退 票 吗',
        'event_ticket_refund', 'false_advertising', 'event_ticket_refund', 'false_advertising',
    ),
    (
        '电影院 不 让 带 自己 买 的 饮料 进去 这个 合理 吗',
        'unfair_standard_terms', 'corkage_minimum_spend', 'unfair_standard_terms', 'corkage_minimum_spend',
    ),
    (
        '演唱会 门票 写 的 是 内场 结果 座位 在 柱子 后面 啥 也 看 不见',
        'false_advertising', 'event_ticket_refund', 'false_advertising', 'event_ticket_refund',
    ),
    (
        '那个 游乐园 门票 一 张 三百 多 进去 以后 一半 项目 都 在 维修 能 退 一 部分 钱 吗',
        None, 'event_ticket_refund', None, 'event_ticket_refund',
    ),
    (
        '家里 老人 去世 了 医院 的 人 推荐 了 一 个 殡葬 服务 一 套 下来 三 万 多 感觉 被 坑 了',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        '殡仪馆 强制 让 我们 买 他们 的 骨灰 盒 不 让 自己 带 这 合法 吗',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        '买 的 墓地 说好 的 位置 后来 变 了 还 要 加 钱',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        '殡葬 服务 收费 有 没有 标准 我 想 问 问 这个 价格 合理 不',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    ('宠物 店 买 的 狗 回家 三 天 就 病 了 查 出 是 犬 瘟 店家 不 认', 'pet_sold_sick', None, 'pet_sold_sick', None),
    (
        '狗狗 送 去 宠物 医院 做 绝育 结果 死 了 医院 说 是 意外',
        'pet_hospital_boarding', None, 'pet_hospital_boarding', None,
    ),
    (
        '宠物 寄养 了 一 个 星期 接 回来 瘦 了 一 大 圈 还 得 了 皮肤 病',
        'pet_hospital_boarding', None, 'pet_hospital_boarding', None,
    ),
    (
        '给 猫 买 的 猫粮 吃 了 以后 吐 了 好 几 次 怀疑 猫粮 有 问题',
        'defective_goods_remedies', None, 'defective_goods_remedies', None,
    ),
    ('宠物 美容 店 给 我 家 狗 剪 毛 把 皮肤 剪 伤 了', 'pet_hospital_boarding', None, 'pet_hospital_boarding', None),
    (
        '同 一 个 酒店 我 手机 上 显示 的 价格 比 我 朋友 的 贵 了 一百 这 是 不是 大 数据 杀鼠',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        '打车 软件 老 用户 比 新 用户 贵 这个 能 投诉 吗',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        '视频 软件 的 会员 自动 续废 了 我 根本 不 知道 啥 时候 开通 的 一 年 扣 了 两百 多',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '外卖 软件 开 了 会员 以后 配送 费 反而 更 贵 了',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        '买 了 视频 网站 的 会员 看 剧 还 要 另外 付费 超前 点播 这 合理 吗',
        None, 'unfair_standard_terms', None, 'unfair_standard_terms',
    ),
    (
        '呃 那个 手机 上 的 一 个 软件 说 免费 试用 七 天 结果 第 八 天 直接 扣 了 我 一百 九十 八',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '网上 付款 的 时候 才 发现 多 了 一 个 服务 费 前面 页面 根本 没 显示',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '孩子 偷偷 拿 我 手机 给 游戏 充直 了 八千 多 块 能 退 吗',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '我 儿子 十二 岁 在 直播 平台 给 主播 打赏 花 了 两 万 多 都是 我 的 血汗 钱',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    ('游戏 账号 被 封 了 里面 充 的 钱 都 没 了 游戏 公司 也 不 解释', None, None, None, 'unfair_standard_terms'),
    (
        '孩子 在 学校 门口 小卖部 买 了 三无 的 辣条 吃 了 肚子 疼',
        'food_ten_fold', 'personal_injury', 'food_ten_fold', 'personal_injury',
    ),
    (
        '超市 货架 上 标 的 价格 是 九 块 九 结账 的 时候 收 了 十二 块 九',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '店里 商品 都 没 明码 标价 问 价 的 时候 说 一 个 价 结账 又 是 另 一 个 价',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '商家 先 涨 价 再 打折 说 是 五 折 其实 跟 原来 价格 差不多 这 是 不是 价格 期诈',
        'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None,
    ),
    (
        '停车 场 收费 太 贵 了 一 小时 十五 块 还 没有 公示 收费 标准',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '加油 站 的 油 感觉 不 够 数 加 了 五十 升 我 那 油箱 根本 装 不 下 五十 升',
        'short_weight', None, 'short_weight', None,
    ),
    ('菜市场 买 菜 称 不 准 缺斤 短两 找 谁', 'short_weight', None, 'short_weight', None),
    (
        '在 美容 院 做 了 个 皮肤 护理 脸 过敏 了 红肿 了 一 个 星期',
        'beauty_salon_injury', 'cosmetics_allergy', 'beauty_salon_injury', 'cosmetics_allergy',
    ),
    (
        '美容 院 推销 让 我 办 了 一 个 三 万 的 疗程 卡 说是 能 祛斑 做 了 半 年 一点 效果 都 没有',
        'beauty_salon_injury', 'false_advertising', 'beauty_salon_injury', 'false_advertising',
    ),
    (
        '做 双眼皮 做 失败 了 两 边 不 一样 大 那个 机构 说 是 正常 恢复 期',
        'beauty_salon_injury', 'personal_injury', 'beauty_salon_injury', 'personal_injury',
    ),
    (
        '美甲 店 做 的 指甲 三 天 就 掉 了 要求 重做 他们 不 给',
        None, 'beauty_salon_injury', None, 'beauty_salon_injury',
    ),
    (
        '那个 美容 院 给 我 用 的 产品 没有 任何 标签 是 三无 产品',
        'complaint_or_report', 'beauty_salon_injury', None, 'beauty_salon_injury',
    ),
    (
        '商场 化妆品 柜台 卖 给 我 的 是 试用 装 上面 还 写 着 非卖品',
        'fraud_three_fold', None, 'fraud_three_fold', 'false_advertising',
    ),
    (
        '报 了 一 个 考证 陪训 班 说 包 过 不 过 全额 退款 结果 没 过 他们 不 认 了',
        'training_refund', None, 'training_refund', None,
    ),
    (
        '网课 说 好 的 名师 授课 结果 就是 录播 视频 学费 三千 八',
        'training_refund', 'false_advertising', 'training_refund', 'false_advertising',
    ),
    (
        '驾校 收 了 学费 以后 一直 不 给 安排 练车 还 说 要 补 交 钱',
        'training_refund', None, 'training_refund', 'prepaid_refund',
    ),
    (
        '报 了 个 英语 培训 被 忽悠 办 了 贷款 分 二十 四 期 还 现在 不想 学 了',
        'training_refund', None, 'training_refund', None,
    ),
    (
        '孩子 的 舞蹈 班 换 了 老师 教 得 不 好 想 退 费 机构 说 合同 写 了 不 退',
        'training_refund', 'unfair_standard_terms', 'training_refund', 'unfair_standard_terms',
    ),
    (
        '我 妈 七十 多 了 被 人 拉 去 听 讲座 买 了 一万 多 的 保健品 说 能 治 高血压',
        'health_food_claims', 'fraud_three_fold', 'health_food_claims', None,
    ),
    (
        '老人 在 会 销 上 买 的 床垫 说 能 治病 一 万 八 能 退 吗',
        'false_advertising', 'fraud_three_fold', 'false_advertising', 'health_food_claims',
    ),
    (
        '俺 爹 在 村里 一个 流动 的 摊 上 买 了 一 堆 所谓 的 神药 吃 了 还 不 舒服',
        'counterfeit_drugs', 'health_food_claims', 'counterfeit_drugs', 'health_food_claims',
    ),
    (
        '有 人 打 电话 给 我 爸 推销 收藏 品 说 能 升值 花 了 五 万',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '上门 推销 净水器 的 说 免费 检测 水质 然后 说 我 家 水 不 合格 卖 给 我 一 台 四千 多 的',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    ('通过 家政 公司 请 了 个 保姆 干 了 一 个 月 就 走 了 中介 费 不 退', None, None, None, None),
    (
        '搬家 公司 电话 里 说 三百 块 搬 完 了 要 一千 五 不 给 钱 就 不 卸 货',
        None, 'price_tag_mismatch', 'price_tag_mismatch', 'repair_service_overcharge',
    ),
    ('月嫂 中心 说 是 金牌 月嫂 来 的 人 啥 都 不 会', None, 'false_advertising', None, 'false_advertising'),
    (
        '干洗店 把 我 的 大衣 洗 坏 了 只 肯 赔 洗衣 费 的 十 倍 可 大衣 买 的 时候 三千 多',
        None, 'unfair_standard_terms', 'unfair_standard_terms', None,
    ),
    (
        '婚纱 照 拍 完 了 底片 要 另外 加 钱 才 给',
        'price_tag_mismatch', 'unfair_standard_terms', 'price_tag_mismatch', 'unfair_standard_terms',
    ),
    ('婚庆 公司 婚礼 当天 布置 跟 合同 上 差 得 太 远 能 要求 退 一 部分 吗', None, 'false_advertising', None, None),
    ('婚宴 酒店 退订 定金 一 万 不 退', 'deposit_refund', None, 'deposit_refund', None),
    (
        '体检 中心 的 套餐 说 含 的 项目 到 了 好 几 项 都 不 做 还 不 退 钱',
        None, 'prepaid_refund', None, 'prepaid_refund',
    ),
    (
        '金店 买 的 金 项链 说 是 足金 拿 去 检侧 含量 不够',
        'fraud_three_fold', 'defective_goods_remedies', 'fraud_three_fold', 'defective_goods_remedies',
    ),
    (
        '买 的 钻戒 证书 上 的 等级 跟 实际 的 不 一样',
        'fraud_three_fold', None, 'fraud_three_fold', 'false_advertising',
    ),
    ('金店 回收 黄金 的 时候 扣 的 损耗 太 多 了', None, None, None, None),
    ('共享 充电宝 我 明明 还 了 还 一直 在 计费 扣 了 九十 九', None, None, None, None),
    ('共享 单车 锁 不 上 一直 计费 客服 电话 打 不 通', None, None, None, None),
    ('燃气 公司 上门 安检 非要 我 换 他们 的 报警器 三百 多 一 个', None, 'unfair_standard_terms', None, None),
    (
        '商场 搞 抽奖 我 中 了 一等奖 结果 要 先 交 税 和 手续费 才 能 领',
        'promotion_rules_coupons', 'fraud_three_fold', 'promotion_rules_coupons', 'fraud_three_fold',
    ),
    (
        '广告 上 说 买 一 送 一 结果 送 的 是 小 样',
        'promotion_rules_coupons', 'false_advertising', 'promotion_rules_coupons', 'false_advertising',
    ),
    (
        '商家 广告 上 说 是 全网 最低 价 我 在 别的 地方 看到 更 便宜 的',
        'false_advertising', 'price_fraud_fake_discount', 'false_advertising', 'price_fraud_fake_discount',
    ),
    (
        '宣传 单 上 写 的 纯 天然 无 添加 结果 配料 表 里 一 大 堆 添加剂',
        'false_advertising', 'food_label_flaw', 'false_advertising', 'food_label_flaw',
    ),
    (
        '我 上 个 月 打 过 一 次 幺 二 三 幺 五 投诉 到 现在 都 没 人 联系 我 怎么 查 进度',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        '我 想 撤回 之前 的 投诉 商家 已经 给 我 退 钱 了 怎么 撤',
        'withdraw_complaint', None, 'withdraw_complaint', None,
    ),
    ('投诉 和 举报 有 啥 区别 我 该 选 哪个', 'complaint_or_report', None, 'complaint_or_report', None),
    (
        '商家 在 外地 我 在 本地 投诉 应该 找 哪 里 的 市场 间管 局',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    (
        '呃 你们 调解 不 成 的话 我 还 能 咋 办 是 不是 只 能 去 法院',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    (
        '投诉 的 时候 需要 准备 哪些 材料 没 有 发票 行 不 行',
        'evidence_to_keep', 'invoice_refused', 'evidence_to_keep', 'invoice_refused',
    ),
    (
        '我 投诉 了 以后 工作 人员 说 不 予 受理 为 什么',
        None, 'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026',
    ),
    ('头诉 能 匿名 吗 我 怕 商家 报复', 'anonymous_report', 'complaint_or_report', 'anonymous_report', None),
    (
        '我 投诉 的 那个 事 调解 结果 我 不 满意 还 能 重新 投诉 吗',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    ('退 一 赔 三 是 咋 回事 不 够 五百 的 怎么 赔', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        '买 到 不 合格 的 食品 赔 十 倍 是 按 价格 的 十 倍 还是 损失 的 十 倍',
        'food_ten_fold', None, 'food_ten_fold', None,
    ),
    ('商家 说 我 是 职业 打假 人 不 给 赔 我 就是 个 普通 消费着', None, 'food_ten_fold', None, 'fraud_three_fold'),
    ('新 买 的 皮鞋 穿 了 一 个 星期 就 开胶 了', 'defective_goods_remedies', None, 'defective_goods_remedies', None),
    (
        '衣服 洗 了 一 次 就 掉色 把 别的 衣服 都 染 了 商家 说 是 我 洗 的 方法 不对',
        'defective_goods_remedies', 'defect_burden_of_proof', 'defective_goods_remedies', 'defect_burden_of_proof',
    ),
    ('超市 的 会员 积分 说 清零 就 清零 了 也 没 通知', None, 'unfair_standard_terms', None, 'unfair_standard_terms'),
    (
        '商场 买 东西 说 满 一千 送 三百 的 券 结果 券 只 能 买 指定 商品',
        'promotion_rules_coupons', None, 'promotion_rules_coupons', None,
    ),
    (
        '给 老人 买 的 助听器 八千 多 戴 着 根本 没 效果',
        'defective_goods_remedies', 'false_advertising', 'defective_goods_remedies', 'false_advertising',
    ),
    (
        '买 的 电动车 电瓶 半 年 就 不 行 了 商家 说 电瓶 不 在 保修 范围',
        'sanbao_period_length', 'defective_goods_remedies', 'sanbao_period_length', 'defective_goods_remedies',
    ),
    (
        '电动 自行车 说 是 新 国标 的 结果 上 不 了 牌',
        'false_advertising', 'fraud_three_fold', 'false_advertising', 'fraud_three_fold',
    ),
    ('在 歌厅 唱歌 果盘 一 盘 就 收 了 三百 八', 'price_tag_mismatch', None, None, 'price_tag_mismatch'),
    ('网吧 充 的 钱 不 给 退', 'prepaid_refund', 'unfair_standard_terms', 'prepaid_refund', None),
    (
        '刚 买 完 房子 装修 公司 电话 就 打 进来 了 我 的 信息 是 谁 泄露 的',
        'personal_information', 'marketing_calls_and_messages',
        'personal_information', 'marketing_calls_and_messages',
    ),
    (
        '网上 买 完 东西 就 接到 假 客服 电话 说 要 给 我 理赔',
        'personal_information', None, 'personal_information', None,
    ),
    (
        'i bought a phone on taobao and it broke after 3 days can i return it',
        'sanbao_seven_fifteen_days', 'online_seven_day_return',
        'sanbao_seven_fifteen_days', 'online_seven_day_return',
    ),
    (
        'how do i make complain to 12315 i am foreigner living in shanghai',
        'foreign_consumer_english', None, 'foreign_consumer_english', None,
    ),
    (
        'my landlord dont give back my deposit when i move out what can i do',
        'housing_rental_deposit', None, 'housing_rental_deposit', None,
    ),
    (
        'the gym closed suddenly and i paid for one year membership how to get my money back',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        'is there english service for 12315 hotline',
        'foreign_consumer_english', None, 'foreign_consumer_english', None,
    ),
    (
        'i order food on meituan and there was a bug in it the restaurant only want refund 10 yuan',
        'food_ten_fold', None, 'food_ten_fold', None,
    ),
    (
        'airline lost my luggage on flight from beijing to chengdu who i should contact',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        'my flight delay 8 hours and airline give no compensation is this allowed in china',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        'i bought concert ticket but cannot go now the platform say no refund at all',
        'unfair_standard_terms', 'event_ticket_refund', 'unfair_standard_terms', 'event_ticket_refund',
    ),
    (
        'hotel charge me for damage in room that i did not do',
        None, 'security_deposit_refund', 'security_deposit_refund', None,
    ),
    (
        'the shop sell me fake nike shoes how can i get compensation',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        'what is the 7 days no reason return rule does it apply for foreigners also',
        'online_seven_day_return', 'foreign_consumer_english', 'online_seven_day_return', 'foreign_consumer_english',
    ),
    (
        'i paid deposit for apartment through agent and the agent disapear',
        'housing_rental_deposit', None, 'housing_rental_deposit', None,
    ),
    (
        'can i complain online if i dont speak chinese',
        'foreign_consumer_english', None, 'foreign_consumer_english', None,
    ),
    (
        'taxi app charged me much more than my colleage for the same route same time',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    ('the hairdresser cut my hair very bad and still charge me 500 yuan', None, 'beauty_salon_injury', None, None),
    (
        'my dog died after surgery in pet hospital i think vet made mistake',
        'pet_hospital_boarding', None, 'pet_hospital_boarding', None,
    ),
    (
        'phone company charge me every month for services i never order',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    (
        'how long it take for 12315 to reply my complaint',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        'i want to cancel my complaint because the seller already refund me',
        'withdraw_complaint', None, 'withdraw_complaint', None,
    ),
    (
        'i bought milk in supermarket which was expired what compensation can i ask',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        'restaurant add 10 percent service fee not written on menu is it ok',
        'price_tag_mismatch', None, 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    (
        'i got food poisoning after eating in a restaurant in guangzhou hospital cost 2000',
        'restaurant_food_poisoning', None, 'restaurant_food_poisoning', None,
    ),
    (
        'online shop sent me wrong color and want me to pay the shipping back',
        'return_shipping_cost', None, 'return_shipping_cost', 'online_goods_quality',
    ),
    (
        'express company lost my package they only offer to pay very small amount',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    ('the air conditioner in my rented apartment broke and landlord refuse to repair', None, None, None, None),
    (
        'the car i bought from dealer have engine problem after one week can i change to new car',
        'car_sanbao_return', None, 'car_sanbao_return', None,
    ),
    (
        'second hand car dealer lie about the accident history of the car',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        'repair man come to fix my washing machine and charge crazy price for small part',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        'locksmith charged me 600 yuan to open door at night is this normal price',
        'repair_service_overcharge', None, 'repair_service_overcharge', 'price_tag_mismatch',
    ),
    (
        'chinese language school refuse to refund after i stop the course because of my job change',
        'training_refund', None, 'training_refund', None,
    ),
    (
        'travel agency change our hotel to worse one without tell us',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    (
        'my subscription auto renew and i never agree how to stop and get money back',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        'price on the shelf was different from what cashier charged me',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        'is it legal that shop say no return no exchange for sale items',
        'unfair_standard_terms', None, 'unfair_standard_terms', None,
    ),
    (
        'i bought laptop in electronic market in shenzhen and seller changed some parts inside to old one',
        'fraud_three_fold', 'defective_goods_remedies', 'fraud_three_fold', 'defective_goods_remedies',
    ),
    (
        'beauty salon changed owner and new owner not accept my prepaid card',
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'beauty_salon_injury',
    ),
    (
        'what documents i need to make complaint i only have wechat pay record',
        'evidence_to_keep', None, 'evidence_to_keep', None,
    ),
    (
        'the hot pot restaurant in chongqing charged us for tissues and plates we didnt ask',
        'price_tag_mismatch', None, 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    (
        'seller on xianyu sent me broken item and then block me',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        'i bought a sofa online and it arrive with broken leg the shop want me to fix myself',
        'goods_damaged_in_transit', None, 'goods_damaged_in_transit', None,
    ),
    (
        'my son spend 3000 yuan in mobile game without permision can i get refund',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        'live stream seller say the product is original but it is copy',
        'fraud_three_fold', 'social_media_daigou_fake', 'fraud_three_fold', 'online_platform_liability',
    ),
    ('the face cream i bought make my face allergic and red', 'cosmetics_allergy', None, 'cosmetics_allergy', None),
    (
        'new wardrobe smell very strong maybe formaldehyde shop say its normal',
        'defective_goods_remedies', None, 'defective_goods_remedies', None,
    ),
    (
        'internet speed is much slower than they promise in contract',
        None, 'false_advertising', None, 'broadband_contract_exit',
    ),
    (
        'i want change mobile operator but keep my number and they refuse',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        'moving company hold my furnitures and ask more money than agreed',
        None, 'price_tag_mismatch', 'price_tag_mismatch', None,
    ),
    (
        'i cancel hotel booking in free cancelation period but still got charged',
        None, 'hotel_booking_not_honoured', 'hotel_booking_not_honoured', 'unfair_standard_terms',
    ),
    (
        'train ticket app add extra insurance which i didnt want',
        None, 'price_tag_mismatch', None, 'price_tag_mismatch',
    ),
    ('the pet shop sold me a sick kitten and it died in one week', 'pet_sold_sick', None, 'pet_sold_sick', None),
    (
        'funeral home price very high for my father is there standard price',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        'dry cleaner ruin my wool coat and offer only little money',
        None, 'unfair_standard_terms', 'unfair_standard_terms', None,
    ),
    (
        'we signed with a wedding planner and they want keep all deposit after we cancel 6 month before',
        'deposit_refund', None, 'deposit_refund', None,
    ),
    (
        'electric scooter battery stop working after 4 month shop say battery no warranty',
        'sanbao_period_length', 'defective_goods_remedies', 'sanbao_period_length', 'defective_goods_remedies',
    ),
    (
        'my complaint was rejected why and what i can do next',
        'mediation_failed_next_steps', 'complaint_acceptance_time_2026',
        'mediation_failed_next_steps', 'complaint_acceptance_time_2026',
    ),
    (
        'i bought gold bracelet and test show the gold is not pure',
        'fraud_three_fold', 'defective_goods_remedies', 'fraud_three_fold', 'defective_goods_remedies',
    ),
    (
        'the glasses shop made wrong prescription and i get headache',
        'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies', 'personal_injury',
    ),
    (
        'tour guide forced us to go shopping and was angry when we didnt buy',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        'theme park many rides closed but still full price ticket',
        None, 'event_ticket_refund', None, 'event_ticket_refund',
    ),
    (
        'i want report a shop selling expired food not for compensation only report',
        'complaint_or_report', 'anonymous_report', 'complaint_or_report', 'anonymous_report',
    ),
    (
        'hi i need help my refund not arrive after 20 days',
        None, 'online_seven_day_return', None, 'online_seven_day_return',
    ),
    (
        'what means three guarantees sanbao in warranty',
        'sanbao_period_length', 'sanbao_seven_fifteen_days', 'sanbao_period_length', 'sanbao_seven_fifteen_days',
    ),
    ('is warranty still valid if i lost the receipt', 'warranty_card_lost', None, 'warranty_card_lost', None),
    (
        'scalper sold me fake ticket for football match',
        None, 'fraud_three_fold', 'fraud_three_fold', 'event_ticket_refund',
    ),
    (
        'wedding photo studio ask extra money for the digital files',
        'price_tag_mismatch', 'unfair_standard_terms', 'price_tag_mismatch', 'unfair_standard_terms',
    ),
    (
        'delivery man leave my package at station and didnt call me',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        'how much compensation for fake goods is it three times price',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        'the restaurant dont let us bring own wine or charge big fee',
        'corkage_minimum_spend', None, 'corkage_minimum_spend', None,
    ),
    (
        'my new phone screen have dead pixels and store say it is normal',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        'hotel room very dirty and not same like photos online',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        'parking lot charged me more than the price on the sign',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        'my grandmother buy health products at seminar for 20000 yuan they say it cure diabetes',
        'health_food_claims', 'fraud_three_fold', 'health_food_claims', None,
    ),
    (
        'where is 12315 office in my city can i go there in person',
        'complaint_jurisdiction_2026', 'foreign_consumer_english', 'complaint_jurisdiction_2026', None,
    ),
    (
        'car rental company keep my deposit for scratch that was already there before',
        'security_deposit_refund', None, 'security_deposit_refund', None,
    ),
]

# The set's labels are the first labeller's (chosen before any measurement); the second's are scored beside
# them in bench/knowledge_blind_bench.py.
SIXTEENTH_LABELLED: list[tuple[str, str | None]] = [(q, first) for q, first, _, _, _ in LABELS_BOTH]
SIXTEENTH_SECOND_LABELLED: list[tuple[str, str | None]] = [(q, second) for q, _, _, second, _ in LABELS_BOTH]

# the 83 entries valid on 2026-12-02 that answer consumers, as the fifteenth set's labellers were shown them
LABELLED_AGAINST: frozenset[str] = FIFTEENTH_LABELLED_AGAINST
