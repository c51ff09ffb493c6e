"""Fifteenth blind test set of caller questions for the 12315 consultation knowledge base.

Who: written by a helper engineer brought in only for this set. The author wrote none of the
knowledge base and none of the earlier question sets, and read none of them nor any other file
of the project.

How: composed from the author's general knowledge of what ordinary people in China ask the 12315
consumer complaint and consultation hotline, without opening, listing or searching any file on the
machine and without searching the web. About three quarters of the questions are Mandarin written
the way the Vosk speech recogniser prints speech (words separated by spaces, no punctuation, numbers
in Chinese characters, spoken fillers, regional turns, and in roughly one question in eight a
same-sound wrong character such as 推款 for 退款). About one quarter are English as typed into a web
chat (lower case, no punctuation, some misspellings, non-native grammar). OFF_TOPIC_FIFTEENTH holds
questions the consumer consultation line cannot answer, about a third of them using
consumer-sounding words while still being off topic.

When: Wed Dec  2 03:09:22 UTC 2026 (output of `date -u`).

Committed unlabelled (1fa6227), before any label or measurement.

Labels: added on 2026-12-02 at about 03:25 UTC by two helper engineers, each on their own and blind to the other,
neither of whom wrote the knowledge base or this set, against the 83 entries valid on 2026-12-02 that answer
consumers (LABELLED_AGAINST, the fourteenth set's; the eight entries that refer callers to other hotlines, written
while this set was labelled, are no answer a label could name), seeing only each entry's id, category and English
question (no answers, paraphrases, keywords, asked questions or examples, no other test or bench file, no retrieval
run over the set). Each gave the entry whose answer would help that caller most, or None where no entry's question
covers what is asked, and a runner-up. Fourteen texts that repeat earlier sets or hold a sentence of the base were
dropped by a script, unread, before any measurement (ten questions, four off-topic). Of the 290 questions kept, the
first labeller gave 234 an entry and 56 None, the second 237 and 53; they agree on 280 (228 of the 234 the first gave
an entry). Chosen before any measurement: the set's labels (FIFTEENTH_LABELLED) are the first labeller's; the
second's are a second measure.
"""

from __future__ import annotations

from tests.knowledge.held_out_fourteenth import LABELLED_AGAINST as FOURTEENTH_LABELLED_AGAINST

FIFTEENTH: list[str] = [
    (
        '呃 就是 我 在 拼多多 上 买 了 一个 电饭锅 到 了 发现 是 坏 的 商家 让 我 自己 出 运费 寄回去 这个 运费 '
        '应该 谁 出'
    ),
    '淘宝 买 的 鞋子 穿 了 一次 就 开胶 了 能 退 吗',
    '那个 我 在 京东 买 的 手机 拆 了 封 就 不让 退 了 说 影响 二次 销售 是 这样 吗',
    '定做 的 窗帘 可以 无理由 推货 吗',
    '俺 在 网上 买 了 一件 羽绒服 三百九十九 收到 以后 跟 图片 完全 不一样 颜色 也 不对 客服 一直 不回 俺 该 咋整',
    '商家 说 特价 商品 不 退 不 换 这种 说法 有 法律 依据 吗',
    '网购 退货 寄回去 了 商家 说 没 收到 快递 显示 签收 了 钱 一直 不 退',
    '微信 朋友圈 里 买 的 化妆品 出 了 问题 人 找 不到 了 能 投诉 吗',
    '买 的 生鲜 水果 烂 了 一半 商家 只 肯 赔 五块钱 优惠券',
    '推换 货 的 运费险 怎么 用',
    '电商 平台 的 商家 虚假 发货 到 时间 了 就是 不 发',
    '退货 咋 退',
    '我 交 了 定金 五千 后来 不想 买 了 定金 能 退 吗',
    '定金 和 订金 有 啥 区别 商家 说 都 不退',
    '商场 买 的 衣服 第二天 就 降价 了 能 退 差价 吗',
    '就是 那个 商家 答应 退款 半个月 了 还 没 到账 咋办',
    '推款 一直 显示 处理 中 都 二十 多 天 了',
    '我 买 了 个 按摩椅 一万 二 用 了 三天 就 不 转 了 店里 只 给 换 不给 退',
    '商家 说 最终 解释权 归 本店 所有 这个 有效 吗',
    '冰箱 买 了 十一个 月 不 制冷 了 修 了 两次 还是 不行 能 换 新 的 吗',
    '手机 三包 期 是 多长 时间',
    '洗衣机 保休 期 内 坏 了 上门 还要 收 上门费 合理 吗',
    '空调 安装 的 时候 师傅 说 铜管 要 另外 收费 一米 一百 二 这个 正常 吗',
    '电脑 修 了 三次 还是 黑屏 三包 规定 是 不是 可以 退',
    '呃 那个 电视机 过 了 保修期 才 两个 月 屏幕 坏 了 厂家 让 我 花 两千 换 屏 有 啥 办法 没',
    '三保 凭证 丢 了 还能 保修 吗',
    '新 买 的 笔记本 屏幕 有 亮点 算 指量 问题 吗',
    '家电 延保 买 了 以后 商家 倒闭 了 找 谁',
    '手机 进水 了 受后 说 人为 损坏 不 保修 但 我 根本 没 沾 过 水',
    '买 的 新 手机 信号 特别 差 能 退 吗',
    '热水器 漏水 把 楼下 淹 了 厂家 要 不要 赔 楼下 的 损失',
    '我 在 专卖店 买 的 名牌 运动鞋 鉴定 是 假 的 能 要求 三倍 赔偿 吗',
    '买 到 价货 了 怎么 索赔',
    '烟酒 店 买 的 白酒 喝 着 味道 不对 怀疑 是 假酒 去 哪 鉴定',
    '直播间 买 的 茅台 是 假 的 主播 不 认账',
    '假一赔十 是 商家 自己 说 的 现在 不 认 了 能 要 吗',
    '网上 买 的 奶粉 扫码 查 不到 是 不是 假 的',
    '珠宝 店 买 的 翡翠 说 是 天然 的 检测 出来 是 注胶 的',
    '超市 买 的 牛奶 过其 了 三天 还在 卖 我 能 要 十倍 赔偿 吗',
    '饭店 吃 饭 吃出 一只 苍蝇 老板 只 给 打 八折',
    '外卖 里 吃出 头发 平台 只 退 一半 钱',
    '吃 了 烧烤 以后 全家 拉肚子 医院 花 了 一千 多 饭店 不 认',
    '饭店 收 开瓶费 合法 吗',
    '餐厅 包间 有 最低 消费 八百 这 算 不算 霸王 调款',
    '啥子 嘛 我 在 火锅店 吃 饭 感觉 他们 那个 锅底 是 回收 的 老油 我 要 咋个 举报',
    '呃 小孩 吃 了 学校 门口 小卖部 的 辣条 肚子 疼 那个 辣条 连 厂家 名字 都 没有',
    '菜市场 买 的 猪肉 注 了 水 去 哪 反映',
    '三无 产品 是 什么 意思 买 到 了 咋办',
    '饭店 菜单 上 写 的 是 时价 结账 的 时候 一条 鱼 要 八百 多',
    '零食 还 没 到 保值期 就 发霉 了',
    '健身房 办 了 两年 的 卡 花 了 六千 现在 老板 跑路 了 怎么办',
    '理发店 充 了 三千 块 的 卡 现在 换 老板 了 新 老板 不 认 卡',
    '孩子 的 英语 培训班 交 了 一年 学费 两万 多 上 了 三个 月 机构 关门 了',
    '美容院 办 卡 的 时候 说 随时 能 退 现在 说 只能 退 一半',
    '预副卡 余额 能 要求 退 吗',
    '洗车 店 冲值 的 钱 不想 用 了 能 退 不',
    '见身房 私教 课 退款 要 扣 百分之 三十 违约金 合理 吗',
    '呃 就是 我 妈 在 一个 养生馆 充 了 五万 块钱 说 是 能 调理 身体 现在 店 关 了 人 都 找 不到 了',
    '蛋糕 店 的 储值卡 过期 了 余额 就 清零 了 这样 可以 吗',
    '驾校 交 了 钱 教练 一直 不 安排 练车 能 退 学费 吗',
    '早教 中心 退费 说 赠送 的 课时 要 按 原价 扣',
    '单用途 预付卡 是 啥 意思',
    '商家 办卡 的 时候 没 签 合同 就 给 了 一张 卡 现在 关门 了 咋 维权',
    '直播 买 的 翡翠 手镯 说 是 捡漏 才 八百 收到 一看 是 玻璃 的',
    '闲鱼 上 买 的 二手 手机 是 坏 的 卖家 把 我 拉黑 了',
    '二手 平台 上 个人 卖 的 东西 也 能 七天 无理由 吗',
    '主播 说 全网 最低价 结果 别的 地方 更 便宜 算 虚假 宣传 吗',
    '刷 短视频 看到 广告 买 的 减肥茶 喝 了 心慌',
    '做 双眼皮 做 坏 了 两边 不 一样 美容 机构 说 是 正常 现象',
    '呃 那个 我 去 做 个 头发 本来 说 好 一百 八 做完 了 跟 我 要 一千 二 说 用 了 进口 药水',
    '纹眉 纹 歪 了 要 赔偿 去 哪 投诉',
    '美容 店 免费 体验 结果 被 推销 办 了 两万 的 卡 能 退 吗',
    '理法 店 把 我 头发 剪 坏 了 能 要 赔偿 吗',
    '洗衣店 把 我 的 羊绒 大衣 洗 缩水 了 只 肯 赔 洗衣费',
    '跟团 游 去 云南 导游 强制 购物 不 买 就 不让 上车',
    '旅行社 临时 取消 行程 只 退 团费 不 赔 损失',
    '酒店 订 好 了 到 了 前台 说 没 房 了',
    '网上 订 的 民宿 跟 照片 差 太 多 了 能 退 吗',
    '就是 那个 我们 报 了 一个 零元 团 去 海南 结果 天天 拉 我们 去 买 珍珠',
    '在 景区 里面 买 的 东西 是 假 的 人 回 来 了 咋 退',
    '在 三亚 吃 海鲜 被 宰 了 三千 多 回 老家 了 还能 投诉 吗',
    '酒店 押金 退房 以后 一直 没 退 回来',
    '旅游 合同 里 写 的 五星 酒店 实际 住 的 是 快捷 酒店',
    '营业厅 给 我 办 了 一个 我 不知道 的 套餐 每个 月 多 扣 五十',
    '宽带 合约 期 没 到 搬家 了 要 交 为约金 吗',
    '手机 号 被 开通 了 增值 业务 我 没 同意 过',
    '携号转网 运营商 不给 办 怎么办',
    '宽带 网速 达 不到 宣传 的 千兆 能 投诉 吗',
    '老人 手机 被 办 了 合约机 绑定 五年 能 解约 吗',
    '话费 莫名其妙 多 扣 了 两百 多',
    '营业厅 送 的 手机 说 免费 结果 要 每个 月 最低 消费 一百 九十九',
    '俺 手机 停机 了 里面 还 有 话费 咋 就 给 停 了',
    '新车 提 了 三天 发现 是 补过 漆 的 汽车 销售 店 不 承认',
    '买车 的 时候 被 强制 收 了 三千 块 金融 服务费',
    '汽车 发动机 漏油 修 了 三次 能 退 车 吗',
    '二手车 买 回来 发现 是 泡水车 车商 隐瞒 了',
    '二手车 公里数 被 调 过 了 怎么 维全',
    '汽车 召回 怎么 查',
    '那个 新能源 车 续航 说 是 五百 公里 实际 只 跑 三百 算 虚假 宣传 吗',
    '交 了 订车 定金 两万 等 了 半年 还 不 交车',
    '修车 厂 修 完 车 还是 有 异响 又 让 我 再 交钱',
    '家用 汽车 三包 是 怎么 规定 的',
    '洗车 的 时候 把 我 车 划 了 一道 不 认账',
    '网上 找 的 开锁 师傅 开 个 锁 要 了 我 五百',
    '家里 马桶 堵 了 叫 的 维修 师傅 先 说 五十 修 完 要 八百',
    '那个 家电 为修 上门 检查 一下 没 修 好 收 了 一百 块 检测费',
    '油烟机 清洗 说 好 八十 来 了 说 要 拆机 加 三百',
    '装修 公司 拿 了 钱 不 干活 了 和铜 上 写 的 工期 早 过 了',
    '装休 完 甲醛 超标 装修 公司 要 负责 吗',
    '防水 做 了 一年 就 漏 了 楼下 找 我 赔',
    '空调 加 氟 被 收 了 六百 是不是 被 坑 了',
    '呃 我 在 网上 搜 了 一个 号码 说 是 官方 售后 结果 来 的 是 野 维修 把 我 燃气灶 修坏 了 还 收 了 我 四百 块',
    '定制 衣柜 尺寸 做 错 了 商家 说 要 我 加钱 重做',
    '新 家具 味道 很 大 怀疑 甲醛 超标 怎么 检测',
    '家政 阿姨 打碎 了 花瓶 家政 公司 不管',
    '搬家 公司 报价 两百 搬 到 一半 加价 到 两千',
    '租房 到期 了 房东 不 退 押金 说 墙 弄 脏 了',
    '中介 租房 收 了 一个 月 的 中介费 房子 有 问题 能 退 吗',
    '长租 公寓 暴雷 了 我 交 了 一年 房租 现在 房东 赶 我 走',
    '租房 的 时候 中介 收 的 压金 说 好 退 现在 找 不到 人',
    '房东 电费 收 一块五 一度 比 国家 的 贵 很多 合理 吗',
    '租 的 房子 热水器 坏 了 房东 不 修',
    '就是 租房 平台 上 的 照片 跟 实际 房子 完全 不 一样 定金 不 退',
    '租房贷 是 啥 我 被 中介 骗 着 办 了 租房 贷款',
    '提前 退租 押金 全部 不 退 合理 吗',
    '演唱会 门票 买 了 不能 退 也 不能 转让 合理 吗',
    '演出 取消 了 票务 平台 只 退 票面 不 退 服务费',
    '黄牛 那里 买 的 票 进 不 去 场 怎么办',
    '话剧 票 买 了 临时 有事 能 推票 吗',
    '演唱会 座位 视线 被 挡 完全 看 不到 舞台 能 要 退款 吗',
    '音乐节 下雨 取消 了 一半 能 退 多少',
    '俺 抢 的 票 实名制 名字 填 错 了 不让 改',
    '游乐场 项目 关 了 一半 门票 一分 不 少',
    '飞机 延误 了 五个 小时 航空公司 一分钱 都 不 赔',
    '托运 的 行李箱 轮子 摔 坏 了 航空公司 说 不 赔',
    '在 网上 买 的 机票 退票 手续费 要 百分之 八十 太 高 了',
    '机票 被 超售 了 没 登上 机 能 要 什么 赔偿',
    '行李 丢 了 航空公司 只 按 每 公斤 一百 块 赔',
    '订 机票 的 时候 被 捆绑 了 保险 和 优惠券',
    '火车票 代购 平台 收 的 加速包 能 退 吗',
    '那个 我 买 的 机票 名字 打 错 了 一个 字 航空公司 说 要 重新 买',
    '殡仪馆 收费 太 贵 了 一个 骨灰盒 要 一万 八',
    '墓地 买 了 以后 还要 每年 交 管理费 这个 合理 吗',
    '呃 我 父亲 去世 了 医院 门口 的 人 把 我们 拉 到 一家 殡葬 公司 收 了 四万 多 里面 很多 项目 根本 都 没 做',
    '殡葬 服务 收费 有 没有 标准',
    '买 的 墓地 宣传 的 时候 说 有 绿化 实际 啥 都 没有',
    '宠物店 买 的 狗 回家 三天 就 得 了 细小 死 了',
    '宠物 医院 误诊 把 我 家 猫 治 死 了 谁 来 管',
    '宠物 美容 给 我 家 狗 洗澡 把 腿 弄 伤 了 要 他们 陪偿',
    '网上 买 的 猫粮 猫 吃 了 就 吐 怀疑 有 问题',
    '买 的 布偶猫 说 是 纯种 的 结果 不是 证书 都 是 假 的',
    '同 一个 酒店 我 手机 看 的 价格 比 我 同事 贵 一百 多 这 是 不是 大数据 杀熟',
    '视频 软件 会原 自动 续费 我 不知道 扣 了 我 一年',
    '打车 软件 老用户 比 新用户 价格 高 可以 投诉 吗',
    '自动 续费 扣 了 钱 能 要 回来 吗',
    '买 了 视频 会员 看 剧 还要 另外 付费 超前 点播',
    '手机 里面 的 软件 订阅 怎么 取消 一直 在 扣钱',
    '那个 购物 软件 的 先用后付 我 根本 没 开 就 给 我 开 了',
    '网上 显示 的 价格 下单 的 时候 又 变 了',
    '我 想 投诉 一个 商家 需要 准备 什么 材料',
    '投诉 了 十五 天 了 还 没 人 联系 我',
    '我 跟 商家 已经 和解 了 想 撤销 投素 怎么 弄',
    '我 之前 打 过 电话 投诉 想 问一下 处理 进度',
    '投诉 的 时候 要 留 真实 姓名 吗 怕 商家 报复',
    '调解 不 成功 的话 下 一步 该 咋办',
    '商家 在 外地 我 在 本地 投诉 找 哪里',
    '一二三一五 的 工单 号 忘记 了 怎么 查',
    '呃 我 投诉 以后 商家 打 电话 骂 我 威胁 我 撤诉 怎么办',
    '对 处理 结果 不 满意 可以 再 投诉 吗',
    '消费 纠纷 过 了 多久 就 不 受理 了',
    '销费者 协会 跟 市场 监管局 是 一回事 吗',
    '喂 你好 我 要 投诉',
    '超市 标签 上 的 价格 跟 结账 的 不 一样',
    '景区 一瓶 矿泉水 卖 十五 块 合理 吗',
    '停车场 收费 没有 公示 标准 收 了 我 五十',
    '商家 先 涨价 再 打折 算 不算 价格 欺榨',
    '原价 九百九十九 现价 一百 九十九 这个 原价 是 编 的 吧',
    '加油站 油枪 缺斤少两 咋 查',
    '手机 贴膜 说 好 三十 贴完 要 三百',
    '快第 丢 了 快递 公司 只 赔 三倍 运费',
    '快递 没 送 到 家 直接 放 驿站 还 要 收 取件费',
    '快递员 没 经过 我 同意 就 点 了 签收',
    '寄 快递 没 保价 丢 了 值 五千 的 东西 咋办',
    '我 爸 去 听 健康 讲座 买 了 一万 多 的 保健品 说 能 治 糖尿病',
    '老人 被 推销 了 磁疗 床垫 三万 八 能 退 吗',
    '那个 免费 领 鸡蛋 的 店 把 我 妈 骗 了 好几千',
    '俺 娘 买 的 那个 净水器 说 喝 了 能 降血压 花 了 八千',
    '金店 买 的 金 项链 回家 一 称 少 了 零点五 克',
    '黄金 手镯 的 工费 比 金价 还 贵 买 的 时候 没 说',
    '婚纱照 拍 完 了 还 要 加钱 才 给 底片',
    '婚庆 公司 布置 的 场地 跟 说好 的 差 很多',
    '婚宴 酒店 定金 交 了 后来 没 办 成 能 退 吗',
    '儿童 摄影 套餐 说 好 二十 张 精修 结果 只 给 了 十 张',
    '孩子 偷偷 用 我 手机 给 游戏 充 了 八千 块 能 退 吗',
    '小孩 在 直播 平台 打赏 了 两万 咋 要 回来',
    '十 岁 的 孩子 抽 盲盒 花 了 三千',
    '燃气 公司 强制 让 我们 换 报警器 三百 块 一个',
    '物业 代收 电费 比 电网 价格 贵',
    '小区 充电桩 充 一度 电 一块 八',
    '网约车 司机 绕路 多 收 了 我 四十 块',
    '打车 把 手机 落 在 车上 司机 要 两百 才 还',
    '买 的 期房 交房 的 时候 面积 缩水 了',
    '买 的 床垫 说 是 乳胶 的 结果 是 海绵',
    '商家 不 给 开 发漂 怎么办',
    '商场 抽奖 中 了 奖 不 给 兑现',
    '买 东西 商家 拒收 现金 可以 吗',
    '网上 买 的 充电器 把 手机 烧 坏 了 谁 赔',
    '培训 机构 承诺 包 过 考试 没 过 不 退 钱',
    '电动车 充电 起火 了 厂家 说 不是 质量 问题',
    '超市 寄存柜 东西 丢 了 超市 说 不 负责',
    '化妆品 用 了 脸 过敏 商家 说 是 个人 体质',
    '商场 说 买 满 一千 送 五百 结果 送 的 是 购物券 还有 一大堆 限制',
    '婴儿 推车 折叠 的 时候 夹 伤 了 孩子 的 手',
    '商家 拿 了 我 的 个人 信息 天天 给 我 打 推销 电话',
    (
        '呃 我 跟 你 说 一下 啊 就是 上个月 我 在 县城 一家 家电 城 买 了 一台 空调 四千 八 说 好 包 安装 结果 '
        '安装 师傅 来 了 又 收 了 我 支架 钱 三百 还 把 我 墙 打 了 个 大 洞 现在 空调 还 漏水 找 店里 店里 说 找 '
        '厂家 找 厂家 厂家 说 找 店里 我 到底 该 找 谁'
    ),
    (
        '那个 我 想 问一下 哈 我 老婆 去年 在 我们 小区 门口 一个 美容院 充 了 三万 块钱 当时 老板 说 送 很多 项目 '
        '结果 现在 去 做 项目 老是 约 不上 上个 星期 去 门上 贴 了 个 条 说 装修 暂停 营业 电话 也 打 不通 了 这个 '
        '钱 还能 要 回来 不'
    ),
    '咋整 啊 俺 在 网上 买 了 个 二手 的 挖掘机 配件 八千 多 块 到货 了 根本 装 不上 卖家 说 是 俺 不会 装',
    'hi i bought a laptop on jd and the screen has dead pixels can i return it',
    'i am foreigner in beijing my landlord keep my deposit 6000 rmb because he say the wall is dirty',
    'how can i file a complain if i dont speak chinese',
    'is there someone who speak english on this hotline',
    'my gym closed suddenly and the owner dissapear i paid for two years',
    'restaurant charged me for tea and wet tissues i never ordered is this legal',
    'the airline lost my suitcase on domestic flight from chengdu to shanghai how much they must pay',
    'flight delayed 6 hours no hotel no food no compensation what are my rights',
    'i bought fake nike shoes in a mall not a market can i get three times the price back',
    'the taxi driver refuse to use the meter and asked 200 yuan from airport',
    'my didi driver took a longer route can i get money back',
    'how long is warrenty for mobile phones in china',
    'can i return clothes bought online if i just dont like them',
    'seller on pinduoduo dont reply and dont send the item after 10 days',
    'i paid deposit for an apartment through agent and then the agent disappear',
    'hotel booked on ctrip said no room when i arrive at midnight',
    'the concert was cancelled how i get my ticket money back',
    'i bought ticket from scalper and it was fake can you help',
    'my internet provider charge me cancel fee when i move to another city',
    'the phone company add services to my sim card without asking me',
    'shop refuse to take cash only want wechat pay but i dont have wechat is that allowed',
    'i ate at restaurant and got food poisoning what should i do to claim',
    'found a bug in my food delivery from meituan they only refund half',
    'the milk in supermarket was expired can i ask compensation',
    'my kid spend 3000 yuan in mobile game without permission can i get refund',
    'vip membership renew automaticly and take money from my alipay how to stop it and get money back',
    'hair salon cut my hair terrible and charge 800 yuan they said it was special treatment',
    'beauty salon pressure me to buy a card for 20000 can i cancel it',
    'i signed up for a teacher training course and the school closed',
    'my car from the dealer have paint repaired but they sold it as brand new',
    'bought used car and the milage was changed',
    'the repair man came to fix my washing machine and charged 600 for a small part',
    'locksmith charge me 500 yuan for open my door is this normal price',
    'my puppy died 3 days after i buy from pet shop',
    'the vet clinic give wrong medicine to my cat',
    'funeral company charged us very much for services we didnt get',
    'how do i know if my complaint is accepted i got no message',
    'i want to withdraw my complaint because shop already refund me',
    'can i check my complaint status online',
    'what documents i need to make a complaint',
    'the price at the cashier is higher then the price on the shelf',
    'same hotel room cost more on my phone than on my friends phone is this allowed',
    'online store show discount but the original price is fake',
    'my package is lost by courier and they only pay 3 times the shipping fee',
    'the courier left my parcel in a locker and charged me a fee for pickup',
    'i bought gold bracelet and weight is less then the receipt',
    'travel agency cancel our trip one day before and only give back half',
    'landlord charge electricity 2 yuan per kwh is that ok',
    'my air conditioner broke after 2 months the shop say it is my fault',
    'refrigerator repaired three times still not cold can i get new one',
    'the cosmetic i bought make my face allergy',
    'is 7 days no reason return apply for everything',
    'i paid by wechat to a seller on xianyu and he block me',
    'the hotel keep my deposit after checkout for two weeks',
    'they dont give me fapiao after buying computer what can i do',
    'can foreigner complain about a shop in different city',
    'shared power bank didnt return properly and they charge 99 yuan',
    'bike sharing app keep charging although i locked the bike',
    'the sofa i ordered came broken and the shop say it is delivery company fault',
    'new apartment smell strong formaldehyde after the decoration company finish',
    'the wedding photo studio want more money to give me the photos',
    'my mother buy health supplement 10000 yuan in a seminar they said cure cancer',
    'what is difference between dingjin and normal deposit the shop wont return it',
    'my phone screen is broken on arrival but seller say i broke it',
    'can i complain anonymous i am afraid of the shop owner',
    'the cinema dont let me bring my own water is this ok',
    'train ticket platform added insurance automatically without ask',
    'the airline overbook and i could not board what they must give me',
    'prepaid card of bakery expire and they say balance is gone',
    'im from korea bought cosmetics in duty free shop in hainan one box is missing',
    'fake product what to do',
    'concert seat view blocked by pillar can i get some money back',
    'ordered medicine online package look different from pharmacy one maybe fake',
]

OFF_TOPIC_FIFTEENTH: list[str] = [
    '我 想 借 五万 块钱 哪里 能 贷款',
    '离婚 的话 孩子 抚养权 归 谁',
    '社保 断 交 了 三个 月 怎么 补',
    '闯 红灯 被 罚款 了 怎么 交',
    '个人 所得税 退税 怎么 申请',
    '去 美国 签证 要 准备 什么',
    '我 发烧 三十八 度 五 吃 什么 药 好',
    '公司 拖欠 工资 三个 月 了 去 哪里 告',
    '楼上 邻居 半夜 噪音 太 大 了 咋整',
    '孩子 上 小学 户口 不在 这里 能 上 吗',
    '呃 那个 我 被 公司 辞退 了 没 给 赔偿 这个 能 投诉 吗',
    '公积金 贷款 买 房子 能 贷 多少',
    '结婚 登记 需要 带 什么 材料',
    '驾驶证 到期 了 咋 换证',
    '身份证 丢 了 在 哪 补办',
    '我 家 老人 摔 了 一跤 要 不要 去 医院 拍片',
    '退休金 怎么 算',
    '啥子 时候 可以 去 办 护照',
    '我 想 投诉 我们 单位 领导 不 给 我 评 职称',
    '交警 扣 了 我 的 车 我 要 投诉 他们',
    '我 在 银行 买 的 理财 产品 亏本 了 能 退款 吗',
    '我 想 把 社保 退 了 把 钱 取出来',
    '公司 给 我 交 的 公积金 少 了 怎么 举报',
    '小区 车位 被 别人 占 了 咋整',
    '我 被 网上 刷单 骗 了 三万 块 能 帮 我 退款 吗',
    '我 想 买 一条 狗 哪个 品种 好 养',
    '推荐 一款 好用 的 手机 我 想 买',
    'what will the weather be in shanghai tomorrow',
    'my boss dont pay my salary for two months who can help',
    'i got a traffic ticket how to pay it as foreigner',
    'how to get a personal loan from chinese bank',
    'can you recommend a good hospital for my back pain',
    'i want to buy an apartment in shenzhen as foreigner is it allowed',
    'my neighbour is very noisy at night what can i do',
    'i was scammed by someone on dating app and sent money can you refund it',
    'how do i get my income tax refund in china',
]

# (question, first label, first runner-up, second label, second runner-up): two labellers, each on their own
LABELS_BOTH: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    (
        ('呃 就是 我 在 拼多多 上 买 了 一个 电饭锅 到 了 发现 是 坏 的 商家 让 我 自己 出 运费 寄回去 这个 运费 '
         '应该 谁 出'),
        'defective_goods_remedies', 'goods_damaged_in_transit', 'return_shipping_cost', 'goods_damaged_in_transit',
    ),
    (
        '淘宝 买 的 鞋子 穿 了 一次 就 开胶 了 能 退 吗',
        'online_goods_quality', 'defective_goods_remedies', 'defective_goods_remedies', 'online_goods_quality',
    ),
    (
        '那个 我 在 京东 买 的 手机 拆 了 封 就 不让 退 了 说 影响 二次 销售 是 这样 吗',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '定做 的 窗帘 可以 无理由 推货 吗',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '俺 在 网上 买 了 一件 羽绒服 三百九十九 收到 以后 跟 图片 完全 不一样 颜色 也 不对 客服 一直 不回 俺 该 咋整',
        'online_goods_quality', 'online_platform_liability', 'online_goods_quality', 'online_platform_liability',
    ),
    (
        '商家 说 特价 商品 不 退 不 换 这种 说法 有 法律 依据 吗',
        'unfair_standard_terms', 'defective_goods_remedies', 'unfair_standard_terms', None,
    ),
    (
        '网购 退货 寄回去 了 商家 说 没 收到 快递 显示 签收 了 钱 一直 不 退',
        None, 'express_lost_or_damaged', None, 'express_lost_or_damaged',
    ),
    (
        '微信 朋友圈 里 买 的 化妆品 出 了 问题 人 找 不到 了 能 投诉 吗',
        'social_media_daigou_fake', 'cosmetics_allergy', 'social_media_daigou_fake', 'cosmetics_allergy',
    ),
    (
        '买 的 生鲜 水果 烂 了 一半 商家 只 肯 赔 五块钱 优惠券',
        'spoiled_on_arrival', 'defective_goods_remedies', 'spoiled_on_arrival', None,
    ),
    ('推换 货 的 运费险 怎么 用', None, 'return_shipping_cost', None, 'return_shipping_cost'),
    (
        '电商 平台 的 商家 虚假 发货 到 时间 了 就是 不 发',
        'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', None,
    ),
    (
        '退货 咋 退',
        'online_seven_day_return', 'defective_goods_remedies', 'online_seven_day_return', 'defective_goods_remedies',
    ),
    ('我 交 了 定金 五千 后来 不想 买 了 定金 能 退 吗', 'deposit_refund', None, 'deposit_refund', None),
    ('定金 和 订金 有 啥 区别 商家 说 都 不退', 'deposit_refund', None, 'deposit_refund', None),
    (
        '商场 买 的 衣服 第二天 就 降价 了 能 退 差价 吗',
        'price_drop_after_purchase', None, 'price_drop_after_purchase', None,
    ),
    ('就是 那个 商家 答应 退款 半个月 了 还 没 到账 咋办', None, None, None, None),
    ('推款 一直 显示 处理 中 都 二十 多 天 了', None, None, None, None),
    (
        '我 买 了 个 按摩椅 一万 二 用 了 三天 就 不 转 了 店里 只 给 换 不给 退',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
    ),
    ('商家 说 最终 解释权 归 本店 所有 这个 有效 吗', 'unfair_standard_terms', None, 'unfair_standard_terms', None),
    (
        '冰箱 买 了 十一个 月 不 制冷 了 修 了 两次 还是 不行 能 换 新 的 吗',
        'sanbao_two_repairs', None, 'sanbao_two_repairs', None,
    ),
    ('手机 三包 期 是 多长 时间', 'sanbao_period_length', None, 'sanbao_period_length', None),
    (
        '洗衣机 保休 期 内 坏 了 上门 还要 收 上门费 合理 吗',
        None, 'repair_service_overcharge', None, 'repair_service_overcharge',
    ),
    (
        '空调 安装 的 时候 师傅 说 铜管 要 另外 收费 一米 一百 二 这个 正常 吗',
        'price_tag_mismatch', 'repair_service_overcharge', 'price_tag_mismatch', 'repair_service_overcharge',
    ),
    ('电脑 修 了 三次 还是 黑屏 三包 规定 是 不是 可以 退', 'sanbao_two_repairs', None, 'sanbao_two_repairs', None),
    (
        '呃 那个 电视机 过 了 保修期 才 两个 月 屏幕 坏 了 厂家 让 我 花 两千 换 屏 有 啥 办法 没',
        'claim_time_limit', 'sanbao_period_length', 'claim_time_limit', 'sanbao_period_length',
    ),
    ('三保 凭证 丢 了 还能 保修 吗', 'warranty_card_lost', None, 'warranty_card_lost', None),
    (
        '新 买 的 笔记本 屏幕 有 亮点 算 指量 问题 吗',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    ('家电 延保 买 了 以后 商家 倒闭 了 找 谁', None, 'prepaid_shop_closed', None, 'prepaid_shop_closed'),
    (
        '手机 进水 了 受后 说 人为 损坏 不 保修 但 我 根本 没 沾 过 水',
        'defect_burden_of_proof', None, 'defect_burden_of_proof', None,
    ),
    (
        '买 的 新 手机 信号 特别 差 能 退 吗',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    (
        '热水器 漏水 把 楼下 淹 了 厂家 要 不要 赔 楼下 的 损失',
        None, 'personal_injury', 'personal_injury', 'defective_goods_remedies',
    ),
    (
        '我 在 专卖店 买 的 名牌 运动鞋 鉴定 是 假 的 能 要求 三倍 赔偿 吗',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    ('买 到 价货 了 怎么 索赔', 'fraud_three_fold', None, 'fraud_three_fold', None),
    ('烟酒 店 买 的 白酒 喝 着 味道 不对 怀疑 是 假酒 去 哪 鉴定', None, 'evidence_to_keep', None, 'food_ten_fold'),
    (
        '直播间 买 的 茅台 是 假 的 主播 不 认账',
        'fraud_three_fold', 'social_media_daigou_fake', 'fraud_three_fold', 'food_ten_fold',
    ),
    ('假一赔十 是 商家 自己 说 的 现在 不 认 了 能 要 吗', 'fraud_three_fold', None, 'fraud_three_fold', None),
    ('网上 买 的 奶粉 扫码 查 不到 是 不是 假 的', None, 'fraud_three_fold', None, 'fraud_three_fold'),
    (
        '珠宝 店 买 的 翡翠 说 是 天然 的 检测 出来 是 注胶 的',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '超市 买 的 牛奶 过其 了 三天 还在 卖 我 能 要 十倍 赔偿 吗',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        '饭店 吃 饭 吃出 一只 苍蝇 老板 只 给 打 八折',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', 'restaurant_food_poisoning',
    ),
    (
        '外卖 里 吃出 头发 平台 只 退 一半 钱',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', 'online_platform_liability',
    ),
    (
        '吃 了 烧烤 以后 全家 拉肚子 医院 花 了 一千 多 饭店 不 认',
        'restaurant_food_poisoning', None, 'restaurant_food_poisoning', None,
    ),
    ('饭店 收 开瓶费 合法 吗', 'corkage_minimum_spend', None, 'corkage_minimum_spend', None),
    (
        '餐厅 包间 有 最低 消费 八百 这 算 不算 霸王 调款',
        'corkage_minimum_spend', 'unfair_standard_terms', 'corkage_minimum_spend', 'unfair_standard_terms',
    ),
    (
        '啥子 嘛 我 在 火锅店 吃 饭 感觉 他们 那个 锅底 是 回收 的 老油 我 要 咋个 举报',
        'complaint_or_report', 'anonymous_report', 'complaint_or_report', 'anonymous_report',
    ),
    (
        '呃 小孩 吃 了 学校 门口 小卖部 的 辣条 肚子 疼 那个 辣条 连 厂家 名字 都 没有',
        'food_ten_fold', 'food_label_flaw', 'food_ten_fold', 'food_label_flaw',
    ),
    (
        '菜市场 买 的 猪肉 注 了 水 去 哪 反映',
        'food_ten_fold', 'complaint_or_report', 'complaint_or_report', 'food_ten_fold',
    ),
    (
        '三无 产品 是 什么 意思 买 到 了 咋办',
        'defective_goods_remedies', 'fraud_three_fold', 'defective_goods_remedies', 'food_label_flaw',
    ),
    (
        '饭店 菜单 上 写 的 是 时价 结账 的 时候 一条 鱼 要 八百 多',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    ('零食 还 没 到 保值期 就 发霉 了', 'food_ten_fold', 'expired_food', 'food_ten_fold', 'expired_food'),
    (
        '健身房 办 了 两年 的 卡 花 了 六千 现在 老板 跑路 了 怎么办',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        '理发店 充 了 三千 块 的 卡 现在 换 老板 了 新 老板 不 认 卡',
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '孩子 的 英语 培训班 交 了 一年 学费 两万 多 上 了 三个 月 机构 关门 了',
        'prepaid_shop_closed', 'training_refund', 'prepaid_shop_closed', 'training_refund',
    ),
    (
        '美容院 办 卡 的 时候 说 随时 能 退 现在 说 只能 退 一半',
        'prepaid_refund', 'beauty_salon_injury', 'prepaid_refund', 'beauty_salon_injury',
    ),
    ('预副卡 余额 能 要求 退 吗', 'prepaid_refund', None, 'prepaid_refund', None),
    ('洗车 店 冲值 的 钱 不想 用 了 能 退 不', 'prepaid_refund', None, 'prepaid_refund', None),
    (
        '见身房 私教 课 退款 要 扣 百分之 三十 违约金 合理 吗',
        'gym_membership', 'prepaid_refund', 'gym_membership', 'prepaid_refund',
    ),
    (
        '呃 就是 我 妈 在 一个 养生馆 充 了 五万 块钱 说 是 能 调理 身体 现在 店 关 了 人 都 找 不到 了',
        'prepaid_shop_closed', 'health_food_claims', 'prepaid_shop_closed', None,
    ),
    (
        '蛋糕 店 的 储值卡 过期 了 余额 就 清零 了 这样 可以 吗',
        'prepaid_card_expiry', None, 'prepaid_card_expiry', None,
    ),
    (
        '驾校 交 了 钱 教练 一直 不 安排 练车 能 退 学费 吗',
        'training_refund', 'prepaid_refund', 'training_refund', 'prepaid_refund',
    ),
    (
        '早教 中心 退费 说 赠送 的 课时 要 按 原价 扣',
        'training_refund', 'prepaid_refund', 'training_refund', 'prepaid_refund',
    ),
    ('单用途 预付卡 是 啥 意思', None, 'prepaid_refund', None, 'prepaid_refund'),
    (
        '商家 办卡 的 时候 没 签 合同 就 给 了 一张 卡 现在 关门 了 咋 维权',
        'prepaid_shop_closed', None, 'prepaid_shop_closed', 'evidence_to_keep',
    ),
    (
        '直播 买 的 翡翠 手镯 说 是 捡漏 才 八百 收到 一看 是 玻璃 的',
        'fraud_three_fold', 'social_media_daigou_fake', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '闲鱼 上 买 的 二手 手机 是 坏 的 卖家 把 我 拉黑 了',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        '二手 平台 上 个人 卖 的 东西 也 能 七天 无理由 吗',
        'second_hand_individual_seller', 'online_seven_day_return',
        'second_hand_individual_seller', 'seven_day_return_exceptions',
    ),
    (
        '主播 说 全网 最低价 结果 别的 地方 更 便宜 算 虚假 宣传 吗',
        'false_advertising', 'price_fraud_fake_discount', 'false_advertising', 'price_fraud_fake_discount',
    ),
    (
        '刷 短视频 看到 广告 买 的 减肥茶 喝 了 心慌',
        'false_advertising', 'health_food_claims', 'false_advertising', 'food_ten_fold',
    ),
    (
        '做 双眼皮 做 坏 了 两边 不 一样 美容 机构 说 是 正常 现象',
        'beauty_salon_injury', None, 'beauty_salon_injury', 'personal_injury',
    ),
    (
        '呃 那个 我 去 做 个 头发 本来 说 好 一百 八 做完 了 跟 我 要 一千 二 说 用 了 进口 药水',
        'price_tag_mismatch', 'beauty_salon_injury', 'price_tag_mismatch', 'beauty_salon_injury',
    ),
    ('纹眉 纹 歪 了 要 赔偿 去 哪 投诉', 'beauty_salon_injury', None, 'beauty_salon_injury', None),
    (
        '美容 店 免费 体验 结果 被 推销 办 了 两万 的 卡 能 退 吗',
        'beauty_salon_injury', 'prepaid_refund', 'beauty_salon_injury', 'prepaid_refund',
    ),
    ('理法 店 把 我 头发 剪 坏 了 能 要 赔偿 吗', 'beauty_salon_injury', None, 'beauty_salon_injury', None),
    ('洗衣店 把 我 的 羊绒 大衣 洗 缩水 了 只 肯 赔 洗衣费', None, None, None, None),
    (
        '跟团 游 去 云南 导游 强制 购物 不 买 就 不让 上车',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    ('旅行社 临时 取消 行程 只 退 团费 不 赔 损失', 'travel_itinerary_change', None, 'travel_itinerary_change', None),
    ('酒店 订 好 了 到 了 前台 说 没 房 了', 'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None),
    (
        '网上 订 的 民宿 跟 照片 差 太 多 了 能 退 吗',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        '就是 那个 我们 报 了 一个 零元 团 去 海南 结果 天天 拉 我们 去 买 珍珠',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        '在 景区 里面 买 的 东西 是 假 的 人 回 来 了 咋 退',
        'complaint_jurisdiction_2026', 'fraud_three_fold', 'complaint_jurisdiction_2026', 'fraud_three_fold',
    ),
    (
        '在 三亚 吃 海鲜 被 宰 了 三千 多 回 老家 了 还能 投诉 吗',
        'complaint_jurisdiction_2026', 'price_tag_mismatch', 'complaint_jurisdiction_2026', 'price_tag_mismatch',
    ),
    ('酒店 押金 退房 以后 一直 没 退 回来', 'security_deposit_refund', None, 'security_deposit_refund', None),
    (
        '旅游 合同 里 写 的 五星 酒店 实际 住 的 是 快捷 酒店',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    (
        '营业厅 给 我 办 了 一个 我 不知道 的 套餐 每个 月 多 扣 五十',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    ('宽带 合约 期 没 到 搬家 了 要 交 为约金 吗', 'broadband_contract_exit', None, 'broadband_contract_exit', None),
    (
        '手机 号 被 开通 了 增值 业务 我 没 同意 过',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    ('携号转网 运营商 不给 办 怎么办', 'broadband_contract_exit', None, 'broadband_contract_exit', None),
    (
        '宽带 网速 达 不到 宣传 的 千兆 能 投诉 吗',
        'false_advertising', 'broadband_contract_exit', 'false_advertising', None,
    ),
    (
        '老人 手机 被 办 了 合约机 绑定 五年 能 解约 吗',
        'free_phone_contract_bundle', 'broadband_contract_exit',
        'free_phone_contract_bundle', 'broadband_contract_exit',
    ),
    ('话费 莫名其妙 多 扣 了 两百 多', 'telecom_unordered_services', None, 'telecom_unordered_services', None),
    (
        '营业厅 送 的 手机 说 免费 结果 要 每个 月 最低 消费 一百 九十九',
        'free_phone_contract_bundle', None, 'free_phone_contract_bundle', None,
    ),
    (
        '俺 手机 停机 了 里面 还 有 话费 咋 就 给 停 了',
        None, 'telecom_unordered_services', None, 'telecom_unordered_services',
    ),
    (
        '新车 提 了 三天 发现 是 补过 漆 的 汽车 销售 店 不 承认',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    ('买车 的 时候 被 强制 收 了 三千 块 金融 服务费', 'car_dealer_extra_fees', None, 'car_dealer_extra_fees', None),
    (
        '汽车 发动机 漏油 修 了 三次 能 退 车 吗',
        'car_sanbao_return', None, 'car_sanbao_return', 'car_warranty_periods',
    ),
    (
        '二手车 买 回来 发现 是 泡水车 车商 隐瞒 了',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        '二手车 公里数 被 调 过 了 怎么 维全',
        'used_car_concealed_history', 'fraud_three_fold', 'used_car_concealed_history', 'fraud_three_fold',
    ),
    ('汽车 召回 怎么 查', 'product_recall', None, None, 'product_recall'),
    (
        '那个 新能源 车 续航 说 是 五百 公里 实际 只 跑 三百 算 虚假 宣传 吗',
        'false_advertising', None, 'false_advertising', None,
    ),
    (
        '交 了 订车 定金 两万 等 了 半年 还 不 交车',
        'deposit_refund', 'prepaid_refund', 'deposit_refund', 'prepaid_refund',
    ),
    (
        '修车 厂 修 完 车 还是 有 异响 又 让 我 再 交钱',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '家用 汽车 三包 是 怎么 规定 的',
        'car_warranty_periods', 'car_sanbao_return', 'car_warranty_periods', 'car_sanbao_return',
    ),
    ('洗车 的 时候 把 我 车 划 了 一道 不 认账', None, None, None, 'evidence_to_keep'),
    (
        '网上 找 的 开锁 师傅 开 个 锁 要 了 我 五百',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '家里 马桶 堵 了 叫 的 维修 师傅 先 说 五十 修 完 要 八百',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '那个 家电 为修 上门 检查 一下 没 修 好 收 了 一百 块 检测费',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '油烟机 清洗 说 好 八十 来 了 说 要 拆机 加 三百',
        'repair_service_overcharge', 'price_tag_mismatch', 'repair_service_overcharge', 'price_tag_mismatch',
    ),
    (
        '装修 公司 拿 了 钱 不 干活 了 和铜 上 写 的 工期 早 过 了',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    ('装休 完 甲醛 超标 装修 公司 要 负责 吗', 'home_renovation_dispute', None, 'home_renovation_dispute', None),
    ('防水 做 了 一年 就 漏 了 楼下 找 我 赔', 'home_renovation_dispute', None, 'home_renovation_dispute', None),
    (
        '空调 加 氟 被 收 了 六百 是不是 被 坑 了',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '呃 我 在 网上 搜 了 一个 号码 说 是 官方 售后 结果 来 的 是 野 维修 把 我 燃气灶 修坏 了 还 收 了 我 四百 块',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        '定制 衣柜 尺寸 做 错 了 商家 说 要 我 加钱 重做',
        'home_renovation_dispute', 'defective_goods_remedies', 'defective_goods_remedies', 'home_renovation_dispute',
    ),
    (
        '新 家具 味道 很 大 怀疑 甲醛 超标 怎么 检测',
        None, 'defective_goods_remedies', None, 'defective_goods_remedies',
    ),
    ('家政 阿姨 打碎 了 花瓶 家政 公司 不管', None, None, None, None),
    (
        '搬家 公司 报价 两百 搬 到 一半 加价 到 两千',
        'price_tag_mismatch', 'repair_service_overcharge', 'price_tag_mismatch', None,
    ),
    ('租房 到期 了 房东 不 退 押金 说 墙 弄 脏 了', 'housing_rental_deposit', None, 'housing_rental_deposit', None),
    (
        '中介 租房 收 了 一个 月 的 中介费 房子 有 问题 能 退 吗',
        None, 'housing_rental_deposit', None, 'housing_rental_deposit',
    ),
    (
        '长租 公寓 暴雷 了 我 交 了 一年 房租 现在 房东 赶 我 走',
        'housing_rental_deposit', 'prepaid_shop_closed', 'housing_rental_deposit', 'prepaid_shop_closed',
    ),
    (
        '租房 的 时候 中介 收 的 压金 说 好 退 现在 找 不到 人',
        'housing_rental_deposit', None, 'housing_rental_deposit', None,
    ),
    ('房东 电费 收 一块五 一度 比 国家 的 贵 很多 合理 吗', None, None, None, None),
    ('租 的 房子 热水器 坏 了 房东 不 修', None, None, None, None),
    (
        '就是 租房 平台 上 的 照片 跟 实际 房子 完全 不 一样 定金 不 退',
        'housing_rental_deposit', 'deposit_refund', 'housing_rental_deposit', 'deposit_refund',
    ),
    ('租房贷 是 啥 我 被 中介 骗 着 办 了 租房 贷款', None, 'housing_rental_deposit', None, 'housing_rental_deposit'),
    ('提前 退租 押金 全部 不 退 合理 吗', 'housing_rental_deposit', None, 'housing_rental_deposit', None),
    (
        '演唱会 门票 买 了 不能 退 也 不能 转让 合理 吗',
        'unfair_standard_terms', 'event_ticket_refund', 'unfair_standard_terms', 'event_ticket_refund',
    ),
    ('演出 取消 了 票务 平台 只 退 票面 不 退 服务费', 'event_ticket_refund', None, 'event_ticket_refund', None),
    ('黄牛 那里 买 的 票 进 不 去 场 怎么办', None, 'event_ticket_refund', None, 'event_ticket_refund'),
    (
        '话剧 票 买 了 临时 有事 能 推票 吗',
        None, 'event_ticket_refund', 'event_ticket_refund', 'unfair_standard_terms',
    ),
    (
        '演唱会 座位 视线 被 挡 完全 看 不到 舞台 能 要 退款 吗',
        None, 'event_ticket_refund', None, 'event_ticket_refund',
    ),
    ('音乐节 下雨 取消 了 一半 能 退 多少', 'event_ticket_refund', None, 'event_ticket_refund', None),
    ('俺 抢 的 票 实名制 名字 填 错 了 不让 改', None, 'event_ticket_refund', None, 'event_ticket_refund'),
    ('游乐场 项目 关 了 一半 门票 一分 不 少', None, None, None, None),
    ('飞机 延误 了 五个 小时 航空公司 一分钱 都 不 赔', 'flight_delay_baggage', None, 'flight_delay_baggage', None),
    ('托运 的 行李箱 轮子 摔 坏 了 航空公司 说 不 赔', 'flight_delay_baggage', None, 'flight_delay_baggage', None),
    (
        '在 网上 买 的 机票 退票 手续费 要 百分之 八十 太 高 了',
        'air_ticket_refund_fee', None, 'air_ticket_refund_fee', None,
    ),
    (
        '机票 被 超售 了 没 登上 机 能 要 什么 赔偿',
        'flight_delay_baggage', 'air_ticket_refund_fee', 'flight_delay_baggage', None,
    ),
    ('行李 丢 了 航空公司 只 按 每 公斤 一百 块 赔', 'flight_delay_baggage', None, 'flight_delay_baggage', None),
    ('订 机票 的 时候 被 捆绑 了 保险 和 优惠券', None, 'air_ticket_refund_fee', None, None),
    ('火车票 代购 平台 收 的 加速包 能 退 吗', None, None, None, None),
    (
        '那个 我 买 的 机票 名字 打 错 了 一个 字 航空公司 说 要 重新 买',
        None, 'air_ticket_refund_fee', 'air_ticket_refund_fee', None,
    ),
    ('殡仪馆 收费 太 贵 了 一个 骨灰盒 要 一万 八', 'funeral_service_charges', None, 'funeral_service_charges', None),
    (
        '墓地 买 了 以后 还要 每年 交 管理费 这个 合理 吗',
        'funeral_service_charges', None, 'funeral_service_charges', 'property_management_fees',
    ),
    (
        '呃 我 父亲 去世 了 医院 门口 的 人 把 我们 拉 到 一家 殡葬 公司 收 了 四万 多 里面 很多 项目 根本 都 没 做',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    ('殡葬 服务 收费 有 没有 标准', 'funeral_service_charges', None, 'funeral_service_charges', None),
    (
        '买 的 墓地 宣传 的 时候 说 有 绿化 实际 啥 都 没有',
        'false_advertising', 'funeral_service_charges', 'false_advertising', 'funeral_service_charges',
    ),
    ('宠物店 买 的 狗 回家 三天 就 得 了 细小 死 了', 'pet_sold_sick', None, 'pet_sold_sick', None),
    ('宠物 医院 误诊 把 我 家 猫 治 死 了 谁 来 管', 'pet_hospital_boarding', None, 'pet_hospital_boarding', None),
    (
        '宠物 美容 给 我 家 狗 洗澡 把 腿 弄 伤 了 要 他们 陪偿',
        'pet_hospital_boarding', None, 'pet_hospital_boarding', None,
    ),
    (
        '网上 买 的 猫粮 猫 吃 了 就 吐 怀疑 有 问题',
        'defective_goods_remedies', None, 'defective_goods_remedies', None,
    ),
    (
        '买 的 布偶猫 说 是 纯种 的 结果 不是 证书 都 是 假 的',
        'fraud_three_fold', 'pet_sold_sick', 'fraud_three_fold', 'pet_sold_sick',
    ),
    (
        '同 一个 酒店 我 手机 看 的 价格 比 我 同事 贵 一百 多 这 是 不是 大数据 杀熟',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        '视频 软件 会原 自动 续费 我 不知道 扣 了 我 一年',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '打车 软件 老用户 比 新用户 价格 高 可以 投诉 吗',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    ('自动 续费 扣 了 钱 能 要 回来 吗', 'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None),
    ('买 了 视频 会员 看 剧 还要 另外 付费 超前 点播', None, 'unfair_standard_terms', None, 'unfair_standard_terms'),
    (
        '手机 里面 的 软件 订阅 怎么 取消 一直 在 扣钱',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '那个 购物 软件 的 先用后付 我 根本 没 开 就 给 我 开 了',
        None, 'auto_renewal_without_consent', None, 'auto_renewal_without_consent',
    ),
    (
        '网上 显示 的 价格 下单 的 时候 又 变 了',
        'price_tag_mismatch', 'big_data_price_discrimination', 'price_tag_mismatch', 'big_data_price_discrimination',
    ),
    ('我 想 投诉 一个 商家 需要 准备 什么 材料', 'evidence_to_keep', None, 'evidence_to_keep', None),
    (
        '投诉 了 十五 天 了 还 没 人 联系 我',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    ('我 跟 商家 已经 和解 了 想 撤销 投素 怎么 弄', 'withdraw_complaint', None, 'withdraw_complaint', None),
    (
        '我 之前 打 过 电话 投诉 想 问一下 处理 进度',
        None, 'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026',
    ),
    (
        '投诉 的 时候 要 留 真实 姓名 吗 怕 商家 报复',
        'anonymous_report', 'complaint_or_report', 'anonymous_report', 'complaint_or_report',
    ),
    ('调解 不 成功 的话 下 一步 该 咋办', 'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None),
    (
        '商家 在 外地 我 在 本地 投诉 找 哪里',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    ('一二三一五 的 工单 号 忘记 了 怎么 查', None, None, None, None),
    ('呃 我 投诉 以后 商家 打 电话 骂 我 威胁 我 撤诉 怎么办', None, 'anonymous_report', None, 'anonymous_report'),
    (
        '对 处理 结果 不 满意 可以 再 投诉 吗',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    ('消费 纠纷 过 了 多久 就 不 受理 了', 'claim_time_limit', None, 'claim_time_limit', None),
    ('销费者 协会 跟 市场 监管局 是 一回事 吗', None, 'complaint_or_report', None, 'complaint_or_report'),
    ('喂 你好 我 要 投诉', None, 'evidence_to_keep', None, None),
    ('超市 标签 上 的 价格 跟 结账 的 不 一样', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    ('景区 一瓶 矿泉水 卖 十五 块 合理 吗', None, 'price_tag_mismatch', None, 'price_tag_mismatch'),
    ('停车场 收费 没有 公示 标准 收 了 我 五十', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    ('商家 先 涨价 再 打折 算 不算 价格 欺榨', 'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None),
    (
        '原价 九百九十九 现价 一百 九十九 这个 原价 是 编 的 吧',
        'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None,
    ),
    ('加油站 油枪 缺斤少两 咋 查', 'short_weight', None, 'short_weight', None),
    (
        '手机 贴膜 说 好 三十 贴完 要 三百',
        'price_tag_mismatch', None, 'price_tag_mismatch', 'repair_service_overcharge',
    ),
    ('快第 丢 了 快递 公司 只 赔 三倍 运费', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    (
        '快递 没 送 到 家 直接 放 驿站 还 要 收 取件费',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    ('快递员 没 经过 我 同意 就 点 了 签收', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    ('寄 快递 没 保价 丢 了 值 五千 的 东西 咋办', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    (
        '我 爸 去 听 健康 讲座 买 了 一万 多 的 保健品 说 能 治 糖尿病',
        'health_food_claims', None, 'health_food_claims', None,
    ),
    (
        '老人 被 推销 了 磁疗 床垫 三万 八 能 退 吗',
        'false_advertising', 'fraud_three_fold', 'false_advertising', 'health_food_claims',
    ),
    (
        '那个 免费 领 鸡蛋 的 店 把 我 妈 骗 了 好几千',
        'fraud_three_fold', 'health_food_claims', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '俺 娘 买 的 那个 净水器 说 喝 了 能 降血压 花 了 八千',
        'false_advertising', 'health_food_claims', 'false_advertising', 'health_food_claims',
    ),
    ('金店 买 的 金 项链 回家 一 称 少 了 零点五 克', 'short_weight', None, 'short_weight', None),
    ('黄金 手镯 的 工费 比 金价 还 贵 买 的 时候 没 说', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    (
        '婚纱照 拍 完 了 还 要 加钱 才 给 底片',
        'price_tag_mismatch', 'unfair_standard_terms', 'price_tag_mismatch', 'unfair_standard_terms',
    ),
    ('婚庆 公司 布置 的 场地 跟 说好 的 差 很多', None, None, None, None),
    ('婚宴 酒店 定金 交 了 后来 没 办 成 能 退 吗', 'deposit_refund', None, 'deposit_refund', None),
    ('儿童 摄影 套餐 说 好 二十 张 精修 结果 只 给 了 十 张', None, None, None, None),
    (
        '孩子 偷偷 用 我 手机 给 游戏 充 了 八千 块 能 退 吗',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '小孩 在 直播 平台 打赏 了 两万 咋 要 回来',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '十 岁 的 孩子 抽 盲盒 花 了 三千',
        'minor_online_payment_refund', 'blind_box_contents', 'minor_online_payment_refund', 'blind_box_contents',
    ),
    ('燃气 公司 强制 让 我们 换 报警器 三百 块 一个', None, None, None, None),
    ('物业 代收 电费 比 电网 价格 贵', None, 'property_management_fees', None, 'property_management_fees'),
    ('小区 充电桩 充 一度 电 一块 八', None, None, None, None),
    ('网约车 司机 绕路 多 收 了 我 四十 块', None, None, None, None),
    ('打车 把 手机 落 在 车上 司机 要 两百 才 还', None, None, None, None),
    ('买 的 期房 交房 的 时候 面积 缩水 了', None, None, None, None),
    (
        '买 的 床垫 说 是 乳胶 的 结果 是 海绵',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    ('商家 不 给 开 发漂 怎么办', 'invoice_refused', None, 'invoice_refused', None),
    ('商场 抽奖 中 了 奖 不 给 兑现', 'promotion_rules_coupons', None, 'promotion_rules_coupons', None),
    ('买 东西 商家 拒收 现金 可以 吗', None, None, None, None),
    (
        '网上 买 的 充电器 把 手机 烧 坏 了 谁 赔',
        None, 'personal_injury', 'personal_injury', 'defective_goods_remedies',
    ),
    ('培训 机构 承诺 包 过 考试 没 过 不 退 钱', 'training_refund', None, 'training_refund', None),
    (
        '电动车 充电 起火 了 厂家 说 不是 质量 问题',
        'defect_burden_of_proof', 'defective_goods_remedies', 'defect_burden_of_proof', 'personal_injury',
    ),
    ('超市 寄存柜 东西 丢 了 超市 说 不 负责', None, None, None, None),
    ('化妆品 用 了 脸 过敏 商家 说 是 个人 体质', 'cosmetics_allergy', None, 'cosmetics_allergy', None),
    (
        '商场 说 买 满 一千 送 五百 结果 送 的 是 购物券 还有 一大堆 限制',
        'promotion_rules_coupons', None, 'promotion_rules_coupons', None,
    ),
    (
        '婴儿 推车 折叠 的 时候 夹 伤 了 孩子 的 手',
        'personal_injury', 'knowingly_defective_harm', 'personal_injury', 'knowingly_defective_harm',
    ),
    (
        '商家 拿 了 我 的 个人 信息 天天 给 我 打 推销 电话',
        'personal_information', 'marketing_calls_and_messages',
        'personal_information', 'marketing_calls_and_messages',
    ),
    (
        ('呃 我 跟 你 说 一下 啊 就是 上个月 我 在 县城 一家 家电 城 买 了 一台 空调 四千 八 说 好 包 安装 结果 '
         '安装 师傅 来 了 又 收 了 我 支架 钱 三百 还 把 我 墙 打 了 个 大 洞 现在 空调 还 漏水 找 店里 店里 说 '
         '找 厂家 找 厂家 厂家 说 找 店里 我 到底 该 找 谁'),
        'defective_goods_remedies', 'price_tag_mismatch', 'defective_goods_remedies', 'price_tag_mismatch',
    ),
    (
        ('那个 我 想 问一下 哈 我 老婆 去年 在 我们 小区 门口 一个 美容院 充 了 三万 块钱 当时 老板 说 送 很多 '
         '项目 结果 现在 去 做 项目 老是 约 不上 上个 星期 去 门上 贴 了 个 条 说 装修 暂停 营业 电话 也 打 不通 '
         '了 这个 钱 还能 要 回来 不'),
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '咋整 啊 俺 在 网上 买 了 个 二手 的 挖掘机 配件 八千 多 块 到货 了 根本 装 不上 卖家 说 是 俺 不会 装',
        'second_hand_individual_seller', 'defective_goods_remedies',
        'second_hand_individual_seller', 'defective_goods_remedies',
    ),
    (
        'hi i bought a laptop on jd and the screen has dead pixels can i return it',
        'defective_goods_remedies', 'online_seven_day_return', 'defective_goods_remedies', 'online_seven_day_return',
    ),
    (
        'i am foreigner in beijing my landlord keep my deposit 6000 rmb because he say the wall is dirty',
        'housing_rental_deposit', 'foreign_consumer_english', 'housing_rental_deposit', 'foreign_consumer_english',
    ),
    (
        'how can i file a complain if i dont speak chinese',
        'foreign_consumer_english', None, 'foreign_consumer_english', None,
    ),
    (
        'is there someone who speak english on this hotline',
        'foreign_consumer_english', None, 'foreign_consumer_english', None,
    ),
    (
        'my gym closed suddenly and the owner dissapear i paid for two years',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        'restaurant charged me for tea and wet tissues i never ordered is this legal',
        'price_tag_mismatch', 'corkage_minimum_spend', 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    (
        'the airline lost my suitcase on domestic flight from chengdu to shanghai how much they must pay',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        'flight delayed 6 hours no hotel no food no compensation what are my rights',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        'i bought fake nike shoes in a mall not a market can i get three times the price back',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        'the taxi driver refuse to use the meter and asked 200 yuan from airport',
        None, 'price_tag_mismatch', None, None,
    ),
    ('my didi driver took a longer route can i get money back', None, None, None, None),
    ('how long is warrenty for mobile phones in china', 'sanbao_period_length', None, 'sanbao_period_length', None),
    (
        'can i return clothes bought online if i just dont like them',
        'online_seven_day_return', None, 'online_seven_day_return', None,
    ),
    (
        'seller on pinduoduo dont reply and dont send the item after 10 days',
        'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', None,
    ),
    (
        'i paid deposit for an apartment through agent and then the agent disappear',
        'housing_rental_deposit', None, 'housing_rental_deposit', None,
    ),
    (
        'hotel booked on ctrip said no room when i arrive at midnight',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        'the concert was cancelled how i get my ticket money back',
        'event_ticket_refund', None, 'event_ticket_refund', None,
    ),
    (
        'i bought ticket from scalper and it was fake can you help',
        None, 'event_ticket_refund', None, 'event_ticket_refund',
    ),
    (
        'my internet provider charge me cancel fee when i move to another city',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        'the phone company add services to my sim card without asking me',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    ('shop refuse to take cash only want wechat pay but i dont have wechat is that allowed', None, None, None, None),
    (
        'i ate at restaurant and got food poisoning what should i do to claim',
        'restaurant_food_poisoning', None, 'restaurant_food_poisoning', None,
    ),
    (
        'found a bug in my food delivery from meituan they only refund half',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', 'online_platform_liability',
    ),
    (
        'the milk in supermarket was expired can i ask compensation',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        'my kid spend 3000 yuan in mobile game without permission can i get refund',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        'vip membership renew automaticly and take money from my alipay how to stop it and get money back',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        'hair salon cut my hair terrible and charge 800 yuan they said it was special treatment',
        'price_tag_mismatch', 'beauty_salon_injury', 'price_tag_mismatch', 'beauty_salon_injury',
    ),
    (
        'beauty salon pressure me to buy a card for 20000 can i cancel it',
        'beauty_salon_injury', 'prepaid_refund', 'beauty_salon_injury', 'prepaid_refund',
    ),
    (
        'i signed up for a teacher training course and the school closed',
        'prepaid_shop_closed', 'training_refund', 'prepaid_shop_closed', 'training_refund',
    ),
    (
        'my car from the dealer have paint repaired but they sold it as brand new',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        'bought used car and the milage was changed',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        'the repair man came to fix my washing machine and charged 600 for a small part',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    (
        'locksmith charge me 500 yuan for open my door is this normal price',
        'repair_service_overcharge', None, 'repair_service_overcharge', None,
    ),
    ('my puppy died 3 days after i buy from pet shop', 'pet_sold_sick', None, 'pet_sold_sick', None),
    ('the vet clinic give wrong medicine to my cat', 'pet_hospital_boarding', None, 'pet_hospital_boarding', None),
    (
        'funeral company charged us very much for services we didnt get',
        'funeral_service_charges', None, 'funeral_service_charges', None,
    ),
    (
        'how do i know if my complaint is accepted i got no message',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        'i want to withdraw my complaint because shop already refund me',
        'withdraw_complaint', None, 'withdraw_complaint', None,
    ),
    (
        'can i check my complaint status online',
        None, 'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026',
    ),
    ('what documents i need to make a complaint', 'evidence_to_keep', None, 'evidence_to_keep', None),
    (
        'the price at the cashier is higher then the price on the shelf',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        'same hotel room cost more on my phone than on my friends phone is this allowed',
        'big_data_price_discrimination', None, 'big_data_price_discrimination', None,
    ),
    (
        'online store show discount but the original price is fake',
        'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None,
    ),
    (
        'my package is lost by courier and they only pay 3 times the shipping fee',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        'the courier left my parcel in a locker and charged me a fee for pickup',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    ('i bought gold bracelet and weight is less then the receipt', 'short_weight', None, 'short_weight', None),
    (
        'travel agency cancel our trip one day before and only give back half',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    ('landlord charge electricity 2 yuan per kwh is that ok', None, None, None, None),
    (
        'my air conditioner broke after 2 months the shop say it is my fault',
        'defect_burden_of_proof', None, 'defect_burden_of_proof', None,
    ),
    (
        'refrigerator repaired three times still not cold can i get new one',
        'sanbao_two_repairs', None, 'sanbao_two_repairs', None,
    ),
    ('the cosmetic i bought make my face allergy', 'cosmetics_allergy', None, 'cosmetics_allergy', None),
    (
        'is 7 days no reason return apply for everything',
        'seven_day_return_exceptions', 'online_seven_day_return', 'seven_day_return_exceptions', None,
    ),
    (
        'i paid by wechat to a seller on xianyu and he block me',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        'the hotel keep my deposit after checkout for two weeks',
        'security_deposit_refund', None, 'security_deposit_refund', None,
    ),
    (
        'they dont give me fapiao after buying computer what can i do',
        'invoice_refused', None, 'invoice_refused', None,
    ),
    (
        'can foreigner complain about a shop in different city',
        'complaint_jurisdiction_2026', 'foreign_consumer_english',
        'foreign_consumer_english', 'complaint_jurisdiction_2026',
    ),
    ('shared power bank didnt return properly and they charge 99 yuan', None, None, None, None),
    ('bike sharing app keep charging although i locked the bike', None, None, None, None),
    (
        'the sofa i ordered came broken and the shop say it is delivery company fault',
        'goods_damaged_in_transit', None, 'goods_damaged_in_transit', None,
    ),
    (
        'new apartment smell strong formaldehyde after the decoration company finish',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        'the wedding photo studio want more money to give me the photos',
        'price_tag_mismatch', 'unfair_standard_terms', 'price_tag_mismatch', None,
    ),
    (
        'my mother buy health supplement 10000 yuan in a seminar they said cure cancer',
        'health_food_claims', None, 'health_food_claims', None,
    ),
    (
        'what is difference between dingjin and normal deposit the shop wont return it',
        'deposit_refund', None, 'deposit_refund', None,
    ),
    (
        'my phone screen is broken on arrival but seller say i broke it',
        'goods_damaged_in_transit', 'defect_burden_of_proof', 'goods_damaged_in_transit', 'defect_burden_of_proof',
    ),
    ('can i complain anonymous i am afraid of the shop owner', 'anonymous_report', None, 'anonymous_report', None),
    (
        'the cinema dont let me bring my own water is this ok',
        'unfair_standard_terms', 'corkage_minimum_spend', 'unfair_standard_terms', 'corkage_minimum_spend',
    ),
    ('train ticket platform added insurance automatically without ask', None, None, None, None),
    (
        'the airline overbook and i could not board what they must give me',
        'flight_delay_baggage', None, 'flight_delay_baggage', None,
    ),
    (
        'prepaid card of bakery expire and they say balance is gone',
        'prepaid_card_expiry', None, 'prepaid_card_expiry', None,
    ),
    (
        'im from korea bought cosmetics in duty free shop in hainan one box is missing',
        'foreign_consumer_english', None, 'foreign_consumer_english', 'cross_border_purchase',
    ),
    ('fake product what to do', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        'concert seat view blocked by pillar can i get some money back',
        None, 'event_ticket_refund', None, 'event_ticket_refund',
    ),
    (
        'ordered medicine online package look different from pharmacy one maybe fake',
        'counterfeit_drugs', None, 'counterfeit_drugs', None,
    ),
]

# The set's labels are the first labeller's (chosen before any measurement); the second's are scored beside
# them in bench/knowledge_blind_bench.py.
FIFTEENTH_LABELLED: list[tuple[str, str | None]] = [(q, first) for q, first, _, _, _ in LABELS_BOTH]
FIFTEENTH_SECOND_LABELLED: list[tuple[str, str | None]] = [(q, second) for q, _, _, second, _ in LABELS_BOTH]

# the 83 entries valid on 2026-12-02 that answer consumers, as the fourteenth set's labellers were shown them
LABELLED_AGAINST: frozenset[str] = FOURTEENTH_LABELLED_AGAINST
