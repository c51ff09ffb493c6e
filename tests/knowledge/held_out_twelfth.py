"""Twelfth blind test set of caller questions for the 12315 consultation knowledge base.

Who: written by a helper engineer brought in only for this set. The author wrote
none of the knowledge base and none of the earlier question sets, and read none
of them, nor any other file of the project.

How: every question typed by hand from general knowledge of what ordinary
Chinese consumers ask the 12315 hotline. About three quarters are Mandarin in
the style of Vosk speech-recogniser output (words split by spaces, no
punctuation, numbers in Chinese characters, spoken fillers, regional turns of
phrase, and in roughly one question in eight a same-sound wrong character);
about one quarter are English as typed into a web chat (lower case, no
punctuation, some misspellings and non-native grammar). OFF_TOPIC_TWELFTH holds
questions the consumer consultation line cannot answer, in the same style mix,
about a third of them using consumer-sounding words.

When: Tue Dec  1 20:25:52 UTC 2026 (from `date -u`).

The set is committed unlabelled so that the history shows the questions existed before any labels. Labels
will be added later by two other helpers, each on their own, working from the entries' ids, categories and
English questions only.

Labels: added on 2026-12-01 at about 20:30 UTC by two helper engineers, each on their own and blind to the other,
neither of whom wrote the knowledge base or this set, against the 73 entries valid on 2026-12-01
(LABELLED_AGAINST), seeing only each entry's id, category and English question (no answers, paraphrases, keywords,
asked questions or examples, no other test or bench file, no retrieval run over the set). Each gave the entry whose
answer would help that caller most, or None where no entry's question covers what is asked, and a runner-up. Of
the 285 questions kept, each labeller gave 245 an entry and 40 None; they agree on 263 (228 of the 245 the first
gave an entry). Chosen before any measurement: the set's labels (TWELFTH_LABELLED) are the first labeller's; the
second's are a second measure. Their recurring rules, in short: fakes and goods sold as genuine or new
(fraud_three_fold, with counterfeit_drugs, used_car_concealed_history and cross_border_purchase for their kinds);
foreign matter or spoiled food within its date (food_ten_fold), past its date (expired_food); fees above the
quote or not shown (price_tag_mismatch), seat and minimum-spend charges (corkage_minimum_spend); a business gone
with prepaid money (prepaid_shop_closed), still open and refusing (prepaid_refund or the trade's entry); cure
claims for health food (health_food_claims), for other goods (false_advertising); appliance faults by time and
history (sanbao_seven_fifteen_days, sanbao_two_repairs, sanbao_period_length, defect_burden_of_proof); None for
rentals, hotel deposits, ticket scalpers, data-based price discrimination, pet boarding, funerals, withdrawing a
complaint and questions about 12315 in English.

Copy check: on 2026-12-01 at about 20:32 UTC a script (the copy check of tests/knowledge/held_out_measure.py)
dropped, unread, the texts that hold a sentence of the base or repeat an earlier set (15): five questions with
their labels and ten off-topic ones. Nothing else changed.
"""

from __future__ import annotations

from tests.knowledge.held_out_tenth import LABELLED_AGAINST as TENTH_LABELLED_AGAINST

TWELFTH: list[str] = [
    '喂 你好 我 想 问 一下 网上 买 的 东西 七 天 无 理由 退货 商家 不给 退 怎么办',
    '我 在 淘宝 买 了 一件 羽绒服 收到 以后 掉毛 特别 严重 卖家 非 说 我 穿 过 了 不给 退',
    '拼多多 买 的 鞋子 是 假 的 咋 投诉',
    '那个 商家 说 是 定制 商品 不 支持 退货 可 我 买 的 就是 普通 的 窗帘 这 合理 吗',
    '京东 买 的 冰箱 送 来 侧面 有 个 凹坑 送货 的 让 我 先 签收 现在 商家 不 认 了',
    '付 了 钱 一个 多 月 了 商家 一直 不 发货 问 了 也 不 回',
    '就是 网上 退货 商家 已经 签收 了 但是 半个月 了 还 不 推款',
    '仅 退款 被 商家 拒绝 了 平台 客服 也 不管 我 该 找 谁',
    '网店 写 着 假 一 赔 十 结果 真 是 假货 他 又 不 认账 了',
    '网上 买 东西 商家 在 外地 我 投诉 是 找 我们 这 边 还是 他们 那边 的 市场 监管局',
    '网上 买 的 面霜 用 了 过敏 脸上 起 红疹子 商家 就 肯 退 一半 的 钱',
    '物流 显示 已 签收 我 根本 没 收到 东西',
    '呃 我 在 一个 小程序 上 买 的 东西 现在 小程序 打不开 了 客服 也 找不到',
    '那个 双十一 预售 付 了 定金 后来 不想 要 了 定金 能 退 不',
    '我 买 的 裤子 洗 了 一次 就 掉色 还 把 别的 衣服 染 了 算 不 算 指量 问题',
    '商家 让 我 给 好评 返 五 块 钱 我 给 了 好评 钱 没 返',
    '我 给 了 差评 商家 天天 打电话 骚扰 我 让 我 改',
    '跨境 电商 买 的 奶粉 怀疑 是 假 的 但是 商家 在 国外 能 管 吗',
    '直播间 买 的 翡翠 手镯 说 是 天然 的 拿去 鉴定 是 处理 过 的 能 赔 吗',
    '喂 就是 抖音 直播间 里 买 的 那个 减肥茶 喝 了 一直 拉肚子 这 个 找 谁',
    '直播 的 时候 说 原价 九百九 今天 只要 九十九 我 查 了 一下 人家 一直 就 卖 九十九 这 不 是 虚假 宣传 吗',
    '快手 上 有 个 主播 卖 的 蜂蜜 是 假 的 现在 店铺 注销 了 还 能 投素 吗',
    '我 妈 在 直播间 买 了 好多 保健品 前 前 后 后 花 了 两万 多 能 退 不',
    '社区 团购 买 的 橘子 一半 是 烂 的 团长 说 不 归 他 管',
    '在 网上 买 的 团购券 去 了 店里 老板 说 周末 不能 用 要 加钱',
    '小区 群 里 有 人 组织 团购 大闸蟹 大家 交 了 钱 人 找 不 着 了',
    '闲鱼 上 买 的 二手 相机 卖家 说 九 成 新 到手 全 是 划痕 开 都 开 不 了 机',
    '二手 平台 上 的 个人 卖家 一直 卖 假货 他 算 不 算 经营者 能 要 三倍 赔偿 吗',
    '在 二手 平台 上 卖 手机 验机 以后 压价 压 得 太 狠 了 能 不能 投诉 平台',
    '超市 买 的 酸奶 过气 两 天 了 还 在 货架 上 卖 能 要 十倍 赔偿 吗',
    '喂 你好 我 在 超市 买 的 面包 里面 吃 出来 一 根 头发',
    '饭店 炒 的 菜 里 有 虫子 老板 说 给 我 免单 就 算 了 我 不 服',
    '点 的 外卖 吃 完 全家 都 拉肚子 上 医院 花 了 好几百 能 让 商家 陪 吗',
    '菜市场 买 的 猪肉 回家 一 看 水 哗哗 的 肯定 是 注水 肉',
    '我 怀疑 楼 下 那个 火锅店 用 的 是 地沟油 咋 举报',
    '奶茶 里 喝 出 一 只 苍蝇 店员 就 给 我 换 了 一 杯 这 就 完 了',
    '宣传 的 是 零 糖 配料表 里 写 着 白砂糖 这 种 算 啥',
    '买 的 咸鸭蛋 打开 是 臭 的 保治期 还 没 到 呢',
    '学校 门口 小卖部 卖 三无 辣条 给 小孩 子 可以 举报 吧',
    '呃 我 在 超市 上班 我 亲眼 看到 他们 把 过期 的 肉 换 个 标签 接着 卖',
    '在 饭店 吃 海鲜 吃 过敏 了 饭店 说 是 我 自己 体质 问题',
    '那个 网红 店 的 蛋糕 吃 了 以后 孩子 上吐下泻 店 里 说 别人 吃 都 没事',
    '饭店 一 个 人 收 五 块 钱 餐位费 还 有 湿巾 钱 合 不 合理',
    '外卖 晚 了 一 个 多 小时 饭 都 凉 透 了 平台 就 给 三 块 红包',
    '喂 我 想 问 一下 饭店 扫码 点餐 非得 关注 公众号 还 得 填 手机号 能 投诉 吗',
    '菜单 上 写 的 时价 结账 的 时候 一 条 鱼 收 了 八百 多 吓死 人',
    '饭店 拿 预制菜 当 现炒 的 卖 价格 还 那么 贵 算 不 算 期诈',
    '饭店 收 了 我 百分之十 的 服务费 事先 也 没 说',
    '超市 价签 上 写 的 十二 块 九 结账 收 了 十五 块 九',
    '菜市场 那个 秤 不 准 一 斤 少 了 二 两 多 去 哪 投诉',
    '超市 门口 保安 非要 翻 我 的 包 说 我 偷 东西 他 有 这 个 权力 吗',
    '超市 贴 着 第二 件 半价 收银 的 时候 根本 没 打折',
    '我 在 健身房 办 了 一 张 年卡 三千 多 块 现在 健身房 关门 了 老板 电话 也 打 不 通',
    '美荣院 的 卡 里 还 有 五千 块 钱 换 了 老板 说 以前 的 卡 不 认',
    '那个 理发店 充 了 两千 的 卡 才 用 了 三 次 想 退 行 不 行',
    '私教 课 买 了 二十 节 教练 离职 了 剩下 的 课 能 退 吗',
    '喂 你好 我 儿子 上 的 那个 培训 机构 跑路 了 交 了 一万 多 的 学费 咋整',
    '办卡 的 时候 说 随时 可以 退 现在 要 退 就 扣 百分之三十 的 手续费',
    '在 洗衣店 充 了 一千 块 衣服 洗 坏 了 卡 里 的 钱 还 不给 退',
    '呃 就是 我 老婆 在 美甲店 被 忽悠 着 办 了 三 张 卡 一共 一万 多 能 退 掉 吗',
    '健身房 突然 说 要 装修 三 个 月 这 段 时间 会员 卡 咋 算',
    '玉付卡 的 商家 跑路 了 你们 能 帮 把 钱 要 回来 吗',
    '超市 的 购物卡 过期 就 作废 这 合法 吗',
    '我 爸 在 养生馆 办 了 好几万 的 会员 卡 那 里 的 人 说 能 治病',
    '孩子 报 的 英语 班 上 了 两 节 课 不 想 上 了 机构 说 概不退款',
    '驾校 报名 的 时候 说 包 过 现在 补考 一次 还 要 交 钱',
    '有 个 学历 提升 的 机构 说 保证 拿 证 交 了 三万 现在 说 拿 不 了',
    '喂 我 想 问 那个 技能 证书 培训 交 了 钱 发 下来 的 证书 网上 根本 查 不 到',
    '孩子 的 网课 是 分期 付款 的 我 都 不 知道 是 贷款 现在 机构 没 了 贷款 还 得 还 吗',
    '学 钢琴 的 合同 上 写 着 一律 不退 这 种 条款 有效 吗',
    '移动 给 我 开 了 一个 我 从来 没 定 过 的 业务 每 个 月 扣 十 块',
    '宽带 合约 还 没 到期 我 搬家 了 要 销户 让 我 交 为约金',
    '宽带 说 的 是 千兆 我 自己 测速 才 一百 多 兆',
    '营业厅 让 我 办 个 送 手机 的 套餐 说 是 免费 的 结果 两 年 合约 每 个 月 一百九十九',
    '我 妈 手机 里 被 开 了 一堆 会员 全 是 从 化费 里 扣 的',
    '运营商 的 问题 是 找 你们 还是 找 工信部',
    '快递 丢 了 快递 公司 就 赔 运费 的 三倍 可 东西 值 两千 多',
    '快地 员 不 送 上门 直接 放 驿站 也 不 通知 我',
    '喂 我 那个 快递 外面 包装 好好 的 里面 东西 碎 了 谁 负责',
    '快递员 替 我 签收 了 然后 东西 就 找 不 到 了',
    '报 了 个 云南 的 低价 团 导游 强制 购物 不 买 就 甩 脸子',
    '旅行社 临时 改 行程 少 去 了 两 个 景点 能 要 赔偿 吗',
    '景区 门票 说 是 通票 进去 好多 项目 还 得 另外 交 钱',
    '平台 上 订 的 民宿 跟 照片 完全 两 回 事 又 脏 又 破',
    '酒店 收 了 五百 压金 退房 的 时候 说 毛巾 有 污渍 扣 了 两百',
    '呃 就是 景区 里 一 瓶 水 卖 二十 块 能 投诉 吗',
    '旅游 的 时候 在 玉器店 买 的 镯子 回来 鉴定 是 假 的 店 在 外地 咋 办',
    '出境游 的 旅行社 倒闭 了 团费 还 没 退',
    '演唱会 取消 了 只 退 票面 价 我 是 高价 从 别人 手里 买 的',
    '大数据 杀熟 我 同事 订 同 一 家 酒店 比 我 便宜 一百 多',
    '物业费 涨价 了 没有 开 业主 大会 这 个 找 谁',
    '装修 公司 收 了 首付 以后 工人 就 再 也 没 来 过',
    '装休 完 墙面 开裂 了 装修 公司 说 过 了 保修期',
    '中介 租房 收 了 一 个 月 的 中介费 房子 楼水 中介 说 不 归 他 管',
    '中介 说 房子 没 任何 问题 住 进去 才 知道 以前 死 过 人',
    '新 装修 的 房子 甲醛 超标 装修 公司 说 是 家具 的 问题',
    '开锁 师傅 电话 里 说 一百 块 开 完 了 要 八百',
    '搬家 公司 说 好 三百 搬 到 一半 要 加钱 不 给 就 不 搬 了',
    '无业 把 小区 电梯 广告 的 钱 都 收 走 了 业主 一 分 没 见 着',
    '空调 刚 装 了 一 个 月 就 不 制冷 了 能 换 台 新 的 吗',
    '冰箱 买 了 半年 压缩机 坏 了 厂家 只 给 修 不 给 换',
    '洗衣机 在 三包 期 里 修 了 两 次 还 是 坏 能 退 吗',
    '我 想 问 一下 三宝 规定 是 几 天 以内 可以 退货',
    '电视 屏幕 上 出 了 一 条 竖线 售后 说 是 人为 损坏 不 给 保修',
    '燃气灶 用 着 用 着 玻璃 面板 炸 了 差点 伤 着 人',
    '电动车 电池 才 用 了 半年 就 不行 了 店 里 说 电池 只 保 三 个 月',
    '空调 师傅 上门 收 了 两百 加氟 费 后来 发现 压根 没 加',
    '网上 搜 的 售后 电话 打 过去 是 假 的 来 的 人 乱 收费',
    '质量 问题 退换货 来回 的 运费 该 谁 出',
    '受后 维修 费 要 的 比 买 个 新 的 还 贵 这 合理 吗',
    '新车 提 了 一 个 礼拜 发现 是 补 过 漆 的 四 s 店 不 承认',
    '四 s 店 买车 非要 收 五千 块 的 金融 服务费',
    '二手车 买 回来 发现 是 泡水车 车商 当时 说 没 问题',
    '二手车 的 公里数 被 调 过 能 要求 退 一 赔 三 吗',
    '新车 发动机 漏油 四 是 店 说 只 能 修 不 能 换',
    '电车 宣传 续航 五百 公里 冬天 实际 跑 两百 多',
    '车 有 召回 的 问题 四 s 店 卖 给 我 的 时候 没 说',
    '新 买 的 手机 三 天 就 黑屏 了 店 里 说 要 送 去 检测 十五 天',
    '手机 店 说 是 全新 机 我 查 了 激活 日期 是 半年 前',
    '那个 修 手机 的 店 换 屏 换 了 个 非 圆装 的 收 的 是 原装 的 钱',
    '耳机 买 了 一 个 月 左边 就 不 响 了 客服 让 我 自己 出 运费 寄 回去 检测',
    '在 美容院 做 了 个 光子 嫩肤 脸 给 烫 伤 了',
    '医美 机构 给 我 打 的 波尿酸 我 怀疑 是 假 的 咋 查',
    '美容院 说 免费 体验 做 完 了 要 收 三千',
    '做 的 双眼皮 两边 不 一样 大 机构 说 恢复期 正常 都 半年 了',
    '美容院 的 人 哄 着 我 办 了 美容贷 现在 每 个 月 都 要 还 钱',
    '减肥 机构 说 不 瘦 全额 退款 我 没 瘦 他 说 是 我 没 管住 嘴',
    '我 爸 去 听 健康 讲座 买 了 一万 多 的 保健频 说 能 治 糖尿病',
    '老人 被 拉 去 免费 旅游 在 那边 买 了 好几万 的 床垫',
    '保健品 宣传 能 治病 算 不 算 虚假 宣传 能 要 退 一 赔 三 吗',
    '老人 买 的 保健 食品 上面 没有 那个 蓝帽子',
    '网上 买 的 药 跟 药店 的 包装 不 一样 怀疑 是 假药',
    '老人 在 会销 上 签 了 合同 子女 能 替 他 退 吗',
    '小孩 拿 我 的 手机 在 游戏 里 冲 了 八千 多 能 退 吗',
    '我 女儿 十三 岁 给 主播 打赏 了 两万 多 平台 让 我 证明 是 孩子 弄 的',
    '学校 门口 的 店 卖 盲盒 孩子 天天 抽 卖 给 未成年人 合法 吗',
    '儿童 玩具 上 有 很 小 的 零件 也 没有 年龄 提示 孩子 差点 吞 下去',
    '我 儿子 初中生 在 网上 分期 买 了 个 手机 这 个 有效 吗',
    '宠物店 买 的 小狗 回来 三 天 就 得 细小 死 了',
    '宠物 医院 乱 收费 做 个 检查 就 一千 多',
    '呃 狗 寄养 了 一 个 星期 接 回来 瘦 了 一圈 还 生病 了',
    '婚庆 公司 现场 布置 跟 合同 上 差 老 多 了 能 要求 退 一部分 钱 吗',
    '婚纱照 拍 完 选片 的 时候 要 加钱 不 加 就 只 给 十 张',
    '酒店 婚宴 订 了 三十 桌 家里 老人 去世 办 不 了 了 定金 一分 不 退',
    '殡仪馆 的 骨灰盒 卖 得 老 贵 了 还 不让 自己 带',
    '殡葬 一条龙 收 了 三万 多 连 个 明细 都 没有',
    '刚 买 完 房子 就 一堆 装修 公司 给 我 打电话 我 的 信息 谁 泄露 的',
    '商场 会员 系统 采集 我 的 人脸 我 都 没 同意',
    '天天 收到 贷款 推销 短信 回 了 退订 也 没 用',
    '喂 你好 我 一 天 接 十几 个 推销 电话 有 没 有 地方 能 投诉',
    '那个 软件 不 同意 所有 权限 就 用 不 了 你们 管 这 个 吗',
    '商场 搞 活动 先 涨价 再 打折 这 算 不 算 价格 欺诈',
    '价签 上 没 写 单位 称 的 时候 才 知道 是 一 两 的 价',
    '理发店 剪 头 说 三十八 洗 完 了 说 用 了 药水 要 三百八',
    '商家 标 原价 一千二 现价 六百 可 他 从来 没 卖 过 一千二',
    '视频 会员 自动 续费 也 不 提醒 一 声 就 扣 钱 了',
    '名牌 包 拿 到 专柜 鉴定 说 是 假 的 商家 说 专柜 鉴定 不 算',
    '我 要 举报 一 家 卖 假酒 的 有 奖励 吗',
    '买 了 一箱 茅台 怀疑 是 假 的 去 哪 鉴定',
    '退 一 赔 三 是 啥 情况 下 才 能 要',
    '知假买假 还 能 要 陪偿 吗',
    '商家 欺诈 我 要 三倍 赔偿 他 只 愿意 退款',
    '没有 小票 也 没有 发票 还 能 投诉 吗',
    '质量 问题 要 做 检定 检定 费 谁 出',
    '微信 聊天 记录 商家 撤回 了 还 算 证据 不',
    '付 的 现金 啥 凭证 都 没有 咋 证明 是 在 他 家 买 的',
    '我 投诉 半个月 了 还 没 人 联系 我 一般 要 多久',
    '能 匿名 举报 吗 我 怕 商家 抱负',
    '调解 不 成 接下来 咋 办',
    '我 的 投诉 显示 终止 调解 是 什么 意思',
    '喂 你好 我 想 问 一下 投诉 以后 商家 就是 不 理 你们 能 罚 他 吗',
    '网上 的 投诉 怎么 撤 回来 商家 已经 给 我 退 了',
    '呃 我 在 外地 旅游 买 的 东西 回来 了 在 哪 边 投诉',
    '工作 人员 说 我 的 投诉 不予 受理 为啥',
    '商家 说 我 投诉 也 没 用 他 不怕 是 真 的 吗',
    '调解 好 了 商家 答应 赔 钱 又 一直 拖 着 不 给',
    '对 处理 结果 不 满意 能 复议 吗',
    '就是 我 也 说 不 清楚 反正 就是 被 坑 了 你们 能 帮 我 不',
    '东西 没 毛病 就是 商家 态度 特别 差 还 骂 人 这 能 投诉 吗',
    '呃 那个 我 上 回 打 过 电话 了 还是 那个 事 咋 还 没 信儿',
    '我 是 开 店 的 被 职业 打假人 投诉 了 我 该 咋 办',
    '共享 单车 的 押金 一直 退 不 出来',
    '加油站 加 的 油 总 觉得 不 够 数 油表 有 问题',
    '燃气 公司 强制 换 报警器 还 指定 必须 在 他们 那 买',
    '眼镜店 配 的 眼镜 戴 着 头晕 店 里 说 度数 没 问题',
    '照相馆 拍 证件照 说 十 块 拍 完 了 电子版 要 另 加 五十',
    '商场 的 儿童 游乐 设施 孩子 玩 的 时候 摔 伤 了 商场 说 不 负责',
    '在 健身房 洗澡 手机 被 偷 了 健身房 说 跟 他们 没 关系',
    '金店 买 的 项链 回家 一 称 克数 不 对',
    '婚戒 钻石 证书 上 的 编号 跟 钻石 上 的 对 不 上',
    '充电桩 充 个 电 服务费 比 电费 还 贵',
    '网上 花 三千九 买 了 个 教 做 副业 赚钱 的 课 啥 也 没 学 到',
    '干洗店 把 我 的 羊绒 大衣 洗 缩水 了 只 肯 赔 洗衣费 的 几 倍',
    '家具 买 回来 味道 特别 大 商家 说 放 一 放 就 好 了',
    '侬 好 我 想 问 问 伊拉 超市 卖 过期 面包 可以 投诉 伐',
    '我 不 晓得 这 个 事 归 不 归 你们 管 我 在 网上 买 了 个 电饭锅 莫得 用 几 天 就 烧 糊 了',
    '你们 这 是 嘎哈 的 我 买 的 电暖气 一 开 就 跳闸',
    '那个 商家 冇 给 我 发票 还 话 要 加 税点',
    '老板 卖 给 我 的 啥子 土 鸡蛋 一 看 就 是 饲料 鸡 下 的',
    (
        '喂 你好 是 这样 的 我 呢 上 个 月 在 我们 家 附近 一 个 健身房 办 了 一 张 两年 的 卡 花 了 四千 八 当时 '
        '说 得 好好 的 结果 这 个 礼拜 过去 一 看 门 锁 了 里面 东西 都 搬 空 了 群 里 也 没 人 说话 我 就 想 问 '
        '问 这 个 钱 还 能 不 能 要 回来 要 去 哪 里 报'
    ),
    (
        '就是 我 我 也 不 知道 该 不 该 打 这 个 电话 我 妈 今年 七十 多 了 天天 去 楼 下 那个 店 里 听 课 领 鸡蛋 '
        '领 挂面 后来 人家 就 给 她 推 一个 什么 量子 水杯 说 喝 了 能 降 血压 一 个 杯子 三千 多 她 买 了 两 个 '
        '我 们 做 子女 的 能 不 能 去 给 她 退 了'
    ),
    (
        '呃 我 想 问 一下 我 在 网上 一 个 店铺 买 了 一 台 笔记本 电脑 到手 以后 开机 就 蓝屏 我 联系 商家 商家 '
        '让 我 寄 回去 检测 检测 了 半个月 说 是 我 自己 装 软件 装 坏 的 不 给 保修 还 要 我 出 两百 块 的 检测费 '
        '我 觉得 特别 冤 这 种 情况 怎么 弄'
    ),
    (
        '你好 我 装修 房子 找 了 一 家 公司 合同 签 的 是 三 个 月 完工 现在 都 半年 了 还 没 弄 完 工人 三天 打鱼 '
        '两天 晒网 的 我 去 找 他们 经理 经理 就 说 在 催 在 催 我 房子 还 在 还 房贷 外面 还 租 着 房子 这 个 '
        '损失 谁 给 我 出 啊 能 不 能 告 他们'
    ),
    (
        '喂 是 幺 二 三 幺 五 吗 就是 我 昨天 晚上 在 一 个 烧烤 店 吃饭 点 了 几 个 菜 结账 的 时候 发现 多 收 了 '
        '两 个 菜 的 钱 我 跟 服务员 说 服务员 说 系统 就 这么 打 的 老板 也 不 出来 后来 我 就 付 了 钱 走 了 '
        '现在 想 想 越 想 越 气 还 能 投诉 吗 我 有 付款 记录'
    ),
    (
        '那个 我 给 我 闺女 报 了 一 个 舞蹈 班 一 次 性 交 了 一年 的 钱 九千 六 结果 上 了 两 个 月 老师 换 了 '
        '三 个 孩子 也 不 愿意 去 了 我 去 找 他们 退 他们 说 合同 上 写 了 中途 不 退 最多 给 我 换 成 别的 课 我 '
        '们 又 不 想 学 别的 这 个 怎么 办 才 好'
    ),
    (
        '我 跟 你 说 啊 这 事 气死 我 了 我 在 直播间 买 了 一 件 大衣 主播 说 是 百分之百 羊毛 的 我 收到 了 一 '
        '看 标签 上 写 的 是 涤纶 我 去 问 客服 客服 说 主播 口误 你 要 退 就 退 运费 自己 出 我 觉得 这 就是 骗人 '
        '能 不 能 让 他 赔 我 三倍'
    ),
    (
        '你好 请问 一下 我 在 二手车 市场 买 了 一 辆 车 当时 车商 拍着 胸脯 保证 不 是 事故车 还 给 我 写 了 '
        '保证书 结果 我 开 去 四 s 店 保养 人家 一 查 说 前面 大梁 都 换 过 了 这 车 我 花 了 八万 多 现在 车商 '
        '电话 不 接 我 这 种 能 要 他 退 一 赔 三 吗'
    ),
    (
        '呃 是 这样 我 家 老人 在 外面 被 人 拉 着 听 了 个 什么 养生 讲座 签 了 一 个 合同 买 了 一 台 按摩椅 说 '
        '是 国外 进口 的 两万 八 后来 我 在 网上 一 查 一样 的 牌子 型号 才 卖 三千 多 我们 去 找 他们 那 个 店 '
        '已经 换 了 招牌 了 这 个 还 能 找 得 到 人 吗 你们 能 帮忙 查 吗'
    ),
    (
        '就是 我 在 某 个 平台 订 了 一 家 酒店 付 了 钱 也 显示 预订 成功 了 我 们 一家 四 口 晚上 十一 点 到 的 '
        '前台 说 没有 我们 的 订单 房间 也 满 了 孩子 都 困 得 不行 我 们 只能 临时 再 找 一 家 贵 了 好几百 这 个 '
        '差价 和 损失 我 是 找 平台 还是 找 酒店'
    ),
    (
        '喂 你好 我 想 咨询 一下 我 去年 买 了 一 台 空调 装 的 时候 安装 师傅 说 要 加 铜管 一 米 八十 块 加 了 '
        '五 米 后来 我 听 邻居 说 铜管 根本 没 这么 贵 而且 他们 用 的 还 可能 是 铝 的 我 现在 想 找 他们 要 个 '
        '说法 过 了 一 年 了 还 能 投诉 吗'
    ),
    (
        '我 在 网上 看到 一个 广告 说 免费 领 一 部 手机 只 要 办 个 卡 就 行 我 就 去 了 营业厅 旁边 一 个 小 店 '
        '他 给 我 办 了 一 堆 手续 后来 我 才 发现 是 帮 我 办 了 一 个 分期 贷款 每 个 月 要 还 三百 多 还 了 两 '
        '年 我 根本 没 想 贷款 这 个 能 不 能 撤销'
    ),
    (
        '哎 我 问 一下 哈 我 在 小区 门口 那个 水果 店 充 了 五百 块 钱 的 卡 老板 说 充 五百 送 一百 结果 我 去 '
        '买 东西 他 说 充值 的 价格 跟 现金 价格 不 一样 用 卡 的 话 东西 还 更 贵 这 不 是 坑 人 吗 我 现在 想 把 '
        '剩下 的 钱 退 出来 他 不 干'
    ),
    (
        '你好 我 是 替 我 爷爷 打 的 电话 我 爷爷 八十 多 岁 了 耳朵 不 太 好 前 几 天 有 人 上门 说 是 燃气 公司 '
        '的 检查 管道 说 他家 的 管子 老化 了 必须 马上 换 当场 收 了 一千 二 换 完 了 我们 问 燃气 公司 燃气 公司 '
        '说 根本 没 派 人 这 个 找 谁'
    ),
    (
        '那个 我 想 问 一下 我 在 一 家 月子 中心 订 了 二十八 天 交 了 六万 的 订金 生 完 孩子 住 进去 发现 跟 '
        '当初 参观 的 房间 不 一样 护士 也 不 是 说 好 的 那 种 有 证 的 我 住 了 十 天 就 出来 了 剩下 的 钱 他们 '
        '不 给 退 说 是 我 自己 要 走 的'
    ),
    'hi i bought a phone on taobao and the seller refuse to refund what can i do',
    'my gym closed suddenly and i paid one year membership how to get my money back',
    'restaurant charged me for tea and wet towel i never order is this legal',
    'im foreigner living in shanghai can i also use 12315 to complain about a shop',
    'do you have english service or i must speak chinese',
    'rental agent keep my deposit after i move out who can help me',
    'bought yogurt in supermarket already expired can i ask 10 times compensation',
    'courier lost my package and company only offer 30 rmb but item worth 1500',
    'hotel i booked on trip app is totally diffrent from pictures and they wont refund',
    'my son spend 3000 yuan in mobile game without permision can i get it back',
    'hello i want report a shop selling fake nike shoes near my home',
    'how long it take after i submit complain on the website',
    'air conditioner broken after 2 weeks store say only repair not replace',
    'whats diffrence between complaint and report',
    'got food poisoning from takeaway what evidence do i need to keep',
    'my phone bill have extra charges for services i never signed',
    'can i complain anonimously i dont want the shop know my name',
    'seller on xianyu send me broken camera then block me',
    'ielts school promise money back if i not get 7 now they refuse',
    'paid deposit for car at 4s shop and change my mind can i get deposit back',
    'someone keep calling me to sell insurance how they get my number',
    'fake discount the original price on the page is made up they never sell at that price',
    'bought used car dealer hide the accident history',
    'beauty salon burnt my face with laser what compensation i can get',
    'tour guide force us shopping in jade store 3 hours otherwise we cannot leave',
    'my parents buy health supplement at free lecture spend 20000 yuan it is scam',
    'wedding photo studio want more money for every extra photo is it ok',
    'i want return clothes bought online but seller say sale items no return',
    'broadband speed much slower then contract say',
    'price tag show 10 yuan but cashier charge me 15',
    'can i complain a shop in other city or i must go local office',
    'the phone i buy is refurbished not new like they say',
    'property management increase fee without any notice to owners',
    'washing machine repaired 3 times in warranty still broken can i get new one',
    'renovation company take my money and stop working',
    'concert cancelled and they only refund half the ticket',
    'order on pinduoduo and receive totally different item',
    'what is the three guarantees rule for electronics',
    'mediation failed whats next should i go to court',
    'shop ask my id number to join membership is this allowed',
    'bought medicine online i think its fake where can test',
    'agency charge me one month rent as fee and the apartment have mold everywhere',
    'merchant refuse to give me fapiao',
    'restaurant have minimum spend 1000 yuan for private room',
    'plz help the livestream seller say its real gold but its not',
    'delivery guy leave my parcel outside without asking and it got stolen',
    'online course auto renew charge my card every month but i cancel already',
    'massage shop owner run away with our prepaid card money',
    'hotel keep part of deposit say i damage towel but i didnt',
    'i have no receipt can i still complain',
    'who pay the shipping when return a defective item',
    'electric scooter battery die after 5 month shop say battery not in warranty',
    'car dealer force me to buy insurance from them or no car',
    'flight ticket from third party website refund fee is 80 percent is that normal',
    'is wechat screenshot enough as evidance',
    'baby milk powder have strange smell and lumps',
    'they sell me ring say 18k gold but test show its not',
    'housekeeping company charge agency fee but the ayi quit after 2 days',
    'my complaint was rejected and nobody tell me why',
    'phone repair shop replace my original parts with cheap one',
    'found a bug in my bubble tea what should i do',
    'can 12315 force the company to pay me',
    'group buy vegetables was rotten and group leader ignore me',
    'sorry my chinese not good i was cheated in scenic area one bottle water 20 yuan',
    'my mother 75 years old sign contract for massage bed at elderly event can family cancel it',
    'gym trainer quit and they refuse refund my personal training classes',
    'bought concert ticket from scalper online and it was fake',
    'shop closed put paper on door my card still have 800 yuan',
    'what documents i need to make complain online',
    'bought from cross border app package stuck one month seller wont refund',
    'dry cleaner lost my suit jacket and only want pay 200',
]

OFF_TOPIC_TWELFTH: list[str] = [
    '我 的 车 闯 红灯 被 拍 了 罚款 怎么 交',
    '呃 你 觉得 现在 买 哪 只 股票 能 涨',
    '你们 那边 招 人 吗 我 想 找 个 工作',
    '喂 你好 你 是 机器人 还是 真人 啊',
    '身份证 丢 了 去 哪 里 补办',
    '社保 断 缴 了 三 个 月 有 影响 吗',
    '公司 拖欠 工资 两 个 月 了 找 谁',
    '我 想 把 户口 迁 到 上海 怎么 办',
    '邻居 装修 太 吵 了 晚上 十 点 还 在 打 电钻',
    '高速 公路 现在 堵 不 堵',
    '护照 办理 要 多久',
    '我 是 商家 想 问 问 增值税 发票 怎么 开',
    '现在 买 房子 首付 要 几 成',
    '我 想 退休 了 养老金 怎么 算',
    '你好 帮 我 查 一下 我 的 快递 到 哪 了',
    '黄金 价格 明天 会 涨 还是 跌',
    '狗狗 一直 呕吐 要 喂 什么 药',
    '我 想 退 掉 职工 医保 改 交 城乡 居民 的 可以 吗',
    '今天 油价 多少 钱 一 升',
    '能 不 能 给 我 讲 个 笑话',
    '帮 我 翻译 一下 谢谢 用 日语 怎么 说',
    '我 想 开 一 家 奶茶 店 加盟 哪 个 牌子 赚钱',
    '网上 开 店 卖 东西 怎么 提高 销量',
    '呃 我 老公 天天 打 游戏 不 管 家 怎么 办',
    '公积金 里 的 钱 怎么 提取 出来',
    '二手 房 过户 要 交 多少 税',
    'whats the weather in shenzhen tomorrow',
    'how do i renew my work visa in china',
    'i got speeding ticket how to pay the fine',
    'can you recommend good hospital for my back pain',
    'my employer didnt pay my salary for 2 month',
    'how to cook dumpling at home',
    'how to get refund of my income tax overpaid',
    'i want to open a shop in beijing what license and how much money i need',
    'is bitcoin price going up this year',
]

# (question, first label, first runner-up, second label, second runner-up): two labellers, each on their own
LABELS_BOTH: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    (
        '喂 你好 我 想 问 一下 网上 买 的 东西 七 天 无 理由 退货 商家 不给 退 怎么办',
        'online_seven_day_return', 'seven_day_return_exceptions',
        'online_seven_day_return', 'seven_day_return_exceptions',
    ),
    (
        '我 在 淘宝 买 了 一件 羽绒服 收到 以后 掉毛 特别 严重 卖家 非 说 我 穿 过 了 不给 退',
        'online_goods_quality', 'defective_goods_remedies', 'online_goods_quality', 'defective_goods_remedies',
    ),
    (
        '拼多多 买 的 鞋子 是 假 的 咋 投诉',
        'fraud_three_fold', 'online_goods_quality', 'online_goods_quality', 'fraud_three_fold',
    ),
    (
        '那个 商家 说 是 定制 商品 不 支持 退货 可 我 买 的 就是 普通 的 窗帘 这 合理 吗',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '京东 买 的 冰箱 送 来 侧面 有 个 凹坑 送货 的 让 我 先 签收 现在 商家 不 认 了',
        'goods_damaged_in_transit', 'express_lost_or_damaged', 'goods_damaged_in_transit', 'express_lost_or_damaged',
    ),
    (
        '付 了 钱 一个 多 月 了 商家 一直 不 发货 问 了 也 不 回',
        'order_cancelled_not_shipped', None, 'order_cancelled_not_shipped', 'online_platform_liability',
    ),
    (
        '就是 网上 退货 商家 已经 签收 了 但是 半个月 了 还 不 推款',
        'online_seven_day_return', None, 'online_seven_day_return', 'online_platform_liability',
    ),
    (
        '仅 退款 被 商家 拒绝 了 平台 客服 也 不管 我 该 找 谁',
        'online_platform_liability', 'defective_goods_remedies',
        'online_platform_liability', 'complaint_jurisdiction_2026',
    ),
    (
        '网店 写 着 假 一 赔 十 结果 真 是 假货 他 又 不 认账 了',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'online_platform_liability',
    ),
    (
        '网上 买 东西 商家 在 外地 我 投诉 是 找 我们 这 边 还是 他们 那边 的 市场 监管局',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    (
        '网上 买 的 面霜 用 了 过敏 脸上 起 红疹子 商家 就 肯 退 一半 的 钱',
        'cosmetics_allergy', None, 'cosmetics_allergy', 'personal_injury',
    ),
    (
        '物流 显示 已 签收 我 根本 没 收到 东西',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', 'goods_damaged_in_transit',
    ),
    (
        '呃 我 在 一个 小程序 上 买 的 东西 现在 小程序 打不开 了 客服 也 找不到',
        'online_platform_liability', None, 'online_platform_liability', None,
    ),
    (
        '那个 双十一 预售 付 了 定金 后来 不想 要 了 定金 能 退 不',
        'deposit_refund', None, 'deposit_refund', 'promotion_rules_coupons',
    ),
    (
        '我 买 的 裤子 洗 了 一次 就 掉色 还 把 别的 衣服 染 了 算 不 算 指量 问题',
        'defective_goods_remedies', 'online_goods_quality', 'defective_goods_remedies', 'online_goods_quality',
    ),
    (
        '商家 让 我 给 好评 返 五 块 钱 我 给 了 好评 钱 没 返',
        'promotion_rules_coupons', None, None, 'promotion_rules_coupons',
    ),
    (
        '我 给 了 差评 商家 天天 打电话 骚扰 我 让 我 改',
        'personal_information', 'marketing_calls_and_messages', 'personal_information', None,
    ),
    (
        '跨境 电商 买 的 奶粉 怀疑 是 假 的 但是 商家 在 国外 能 管 吗',
        'cross_border_purchase', None, 'cross_border_purchase', 'food_ten_fold',
    ),
    (
        '直播间 买 的 翡翠 手镯 说 是 天然 的 拿去 鉴定 是 处理 过 的 能 赔 吗',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '喂 就是 抖音 直播间 里 买 的 那个 减肥茶 喝 了 一直 拉肚子 这 个 找 谁',
        'food_ten_fold', 'online_platform_liability', 'food_ten_fold', 'personal_injury',
    ),
    (
        '直播 的 时候 说 原价 九百九 今天 只要 九十九 我 查 了 一下 人家 一直 就 卖 九十九 这 不 是 虚假 宣传 吗',
        'price_fraud_fake_discount', 'false_advertising', 'price_fraud_fake_discount', 'false_advertising',
    ),
    (
        '快手 上 有 个 主播 卖 的 蜂蜜 是 假 的 现在 店铺 注销 了 还 能 投素 吗',
        'online_platform_liability', 'social_media_daigou_fake',
        'online_platform_liability', 'social_media_daigou_fake',
    ),
    (
        '我 妈 在 直播间 买 了 好多 保健品 前 前 后 后 花 了 两万 多 能 退 不',
        'health_food_claims', 'online_seven_day_return', 'health_food_claims', 'false_advertising',
    ),
    (
        '社区 团购 买 的 橘子 一半 是 烂 的 团长 说 不 归 他 管',
        'spoiled_on_arrival', 'online_platform_liability', 'spoiled_on_arrival', 'online_platform_liability',
    ),
    (
        '在 网上 买 的 团购券 去 了 店里 老板 说 周末 不能 用 要 加钱',
        'promotion_rules_coupons', 'prepaid_refund', 'promotion_rules_coupons', 'unfair_standard_terms',
    ),
    (
        '小区 群 里 有 人 组织 团购 大闸蟹 大家 交 了 钱 人 找 不 着 了',
        'order_cancelled_not_shipped', 'social_media_daigou_fake', None, 'order_cancelled_not_shipped',
    ),
    (
        '闲鱼 上 买 的 二手 相机 卖家 说 九 成 新 到手 全 是 划痕 开 都 开 不 了 机',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        '二手 平台 上 的 个人 卖家 一直 卖 假货 他 算 不 算 经营者 能 要 三倍 赔偿 吗',
        'second_hand_individual_seller', 'fraud_three_fold', 'second_hand_individual_seller', 'fraud_three_fold',
    ),
    (
        '在 二手 平台 上 卖 手机 验机 以后 压价 压 得 太 狠 了 能 不能 投诉 平台',
        None, 'second_hand_individual_seller', None, 'second_hand_individual_seller',
    ),
    (
        '超市 买 的 酸奶 过气 两 天 了 还 在 货架 上 卖 能 要 十倍 赔偿 吗',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        '喂 你好 我 在 超市 买 的 面包 里面 吃 出来 一 根 头发',
        'food_ten_fold', 'defective_goods_remedies', 'food_ten_fold', 'defective_goods_remedies',
    ),
    (
        '饭店 炒 的 菜 里 有 虫子 老板 说 给 我 免单 就 算 了 我 不 服',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', 'restaurant_food_poisoning',
    ),
    (
        '点 的 外卖 吃 完 全家 都 拉肚子 上 医院 花 了 好几百 能 让 商家 陪 吗',
        'restaurant_food_poisoning', 'personal_injury', 'restaurant_food_poisoning', 'personal_injury',
    ),
    (
        '菜市场 买 的 猪肉 回家 一 看 水 哗哗 的 肯定 是 注水 肉',
        'food_ten_fold', 'short_weight', 'food_ten_fold', None,
    ),
    (
        '我 怀疑 楼 下 那个 火锅店 用 的 是 地沟油 咋 举报',
        'complaint_or_report', 'anonymous_report', 'complaint_or_report', 'anonymous_report',
    ),
    (
        '奶茶 里 喝 出 一 只 苍蝇 店员 就 给 我 换 了 一 杯 这 就 完 了',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', None,
    ),
    (
        '宣传 的 是 零 糖 配料表 里 写 着 白砂糖 这 种 算 啥',
        'false_advertising', 'food_label_flaw', 'food_label_flaw', 'false_advertising',
    ),
    (
        '买 的 咸鸭蛋 打开 是 臭 的 保治期 还 没 到 呢',
        'food_ten_fold', 'defective_goods_remedies', 'food_ten_fold', 'defective_goods_remedies',
    ),
    (
        '学校 门口 小卖部 卖 三无 辣条 给 小孩 子 可以 举报 吧',
        'complaint_or_report', 'food_ten_fold', 'complaint_or_report', 'food_ten_fold',
    ),
    (
        '呃 我 在 超市 上班 我 亲眼 看到 他们 把 过期 的 肉 换 个 标签 接着 卖',
        'anonymous_report', 'complaint_or_report', 'anonymous_report', 'expired_food',
    ),
    (
        '在 饭店 吃 海鲜 吃 过敏 了 饭店 说 是 我 自己 体质 问题',
        'restaurant_food_poisoning', 'personal_injury', 'restaurant_food_poisoning', 'personal_injury',
    ),
    (
        '那个 网红 店 的 蛋糕 吃 了 以后 孩子 上吐下泻 店 里 说 别人 吃 都 没事',
        'restaurant_food_poisoning', None, 'restaurant_food_poisoning', 'food_ten_fold',
    ),
    (
        '饭店 一 个 人 收 五 块 钱 餐位费 还 有 湿巾 钱 合 不 合理',
        'corkage_minimum_spend', 'price_tag_mismatch', 'corkage_minimum_spend', 'price_tag_mismatch',
    ),
    ('外卖 晚 了 一 个 多 小时 饭 都 凉 透 了 平台 就 给 三 块 红包', None, None, None, None),
    (
        '喂 我 想 问 一下 饭店 扫码 点餐 非得 关注 公众号 还 得 填 手机号 能 投诉 吗',
        'personal_information', None, 'personal_information', None,
    ),
    (
        '菜单 上 写 的 时价 结账 的 时候 一 条 鱼 收 了 八百 多 吓死 人',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '饭店 拿 预制菜 当 现炒 的 卖 价格 还 那么 贵 算 不 算 期诈',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '饭店 收 了 我 百分之十 的 服务费 事先 也 没 说',
        'price_tag_mismatch', 'corkage_minimum_spend', 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    ('超市 价签 上 写 的 十二 块 九 结账 收 了 十五 块 九', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    ('菜市场 那个 秤 不 准 一 斤 少 了 二 两 多 去 哪 投诉', 'short_weight', None, 'short_weight', None),
    ('超市 门口 保安 非要 翻 我 的 包 说 我 偷 东西 他 有 这 个 权力 吗', None, None, None, None),
    (
        '超市 贴 着 第二 件 半价 收银 的 时候 根本 没 打折',
        'promotion_rules_coupons', 'price_tag_mismatch', 'promotion_rules_coupons', 'price_tag_mismatch',
    ),
    (
        '我 在 健身房 办 了 一 张 年卡 三千 多 块 现在 健身房 关门 了 老板 电话 也 打 不 通',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        '美荣院 的 卡 里 还 有 五千 块 钱 换 了 老板 说 以前 的 卡 不 认',
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    ('那个 理发店 充 了 两千 的 卡 才 用 了 三 次 想 退 行 不 行', 'prepaid_refund', None, 'prepaid_refund', None),
    (
        '私教 课 买 了 二十 节 教练 离职 了 剩下 的 课 能 退 吗',
        'gym_membership', 'prepaid_refund', 'gym_membership', 'prepaid_refund',
    ),
    (
        '喂 你好 我 儿子 上 的 那个 培训 机构 跑路 了 交 了 一万 多 的 学费 咋整',
        'training_refund', 'prepaid_shop_closed', 'prepaid_shop_closed', 'training_refund',
    ),
    (
        '办卡 的 时候 说 随时 可以 退 现在 要 退 就 扣 百分之三十 的 手续费',
        'prepaid_refund', 'unfair_standard_terms', 'prepaid_refund', 'unfair_standard_terms',
    ),
    ('在 洗衣店 充 了 一千 块 衣服 洗 坏 了 卡 里 的 钱 还 不给 退', 'prepaid_refund', None, 'prepaid_refund', None),
    (
        '呃 就是 我 老婆 在 美甲店 被 忽悠 着 办 了 三 张 卡 一共 一万 多 能 退 掉 吗',
        'beauty_salon_injury', 'prepaid_refund', 'beauty_salon_injury', 'prepaid_refund',
    ),
    (
        '健身房 突然 说 要 装修 三 个 月 这 段 时间 会员 卡 咋 算',
        'gym_membership', 'prepaid_refund', 'gym_membership', 'prepaid_refund',
    ),
    ('玉付卡 的 商家 跑路 了 你们 能 帮 把 钱 要 回来 吗', 'prepaid_shop_closed', None, 'prepaid_shop_closed', None),
    ('超市 的 购物卡 过期 就 作废 这 合法 吗', 'prepaid_card_expiry', None, 'prepaid_card_expiry', None),
    (
        '我 爸 在 养生馆 办 了 好几万 的 会员 卡 那 里 的 人 说 能 治病',
        'false_advertising', 'beauty_salon_injury', 'false_advertising', 'prepaid_refund',
    ),
    (
        '孩子 报 的 英语 班 上 了 两 节 课 不 想 上 了 机构 说 概不退款',
        'training_refund', 'unfair_standard_terms', 'training_refund', 'unfair_standard_terms',
    ),
    (
        '驾校 报名 的 时候 说 包 过 现在 补考 一次 还 要 交 钱',
        'false_advertising', 'training_refund', 'false_advertising', 'training_refund',
    ),
    (
        '有 个 学历 提升 的 机构 说 保证 拿 证 交 了 三万 现在 说 拿 不 了',
        'training_refund', 'fraud_three_fold', 'training_refund', 'fraud_three_fold',
    ),
    (
        '喂 我 想 问 那个 技能 证书 培训 交 了 钱 发 下来 的 证书 网上 根本 查 不 到',
        'fraud_three_fold', 'training_refund', 'fraud_three_fold', 'training_refund',
    ),
    (
        '孩子 的 网课 是 分期 付款 的 我 都 不 知道 是 贷款 现在 机构 没 了 贷款 还 得 还 吗',
        'training_refund', 'prepaid_shop_closed', None, 'training_refund',
    ),
    (
        '学 钢琴 的 合同 上 写 着 一律 不退 这 种 条款 有效 吗',
        'unfair_standard_terms', 'training_refund', 'unfair_standard_terms', 'training_refund',
    ),
    (
        '移动 给 我 开 了 一个 我 从来 没 定 过 的 业务 每 个 月 扣 十 块',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    (
        '宽带 合约 还 没 到期 我 搬家 了 要 销户 让 我 交 为约金',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        '宽带 说 的 是 千兆 我 自己 测速 才 一百 多 兆',
        'false_advertising', 'broadband_contract_exit', 'false_advertising', 'broadband_contract_exit',
    ),
    (
        '营业厅 让 我 办 个 送 手机 的 套餐 说 是 免费 的 结果 两 年 合约 每 个 月 一百九十九',
        'free_phone_contract_bundle', None, 'free_phone_contract_bundle', None,
    ),
    (
        '我 妈 手机 里 被 开 了 一堆 会员 全 是 从 化费 里 扣 的',
        'telecom_unordered_services', 'auto_renewal_without_consent',
        'telecom_unordered_services', 'auto_renewal_without_consent',
    ),
    (
        '运营商 的 问题 是 找 你们 还是 找 工信部',
        'telecom_unordered_services', 'complaint_jurisdiction_2026', None, 'telecom_unordered_services',
    ),
    (
        '快递 丢 了 快递 公司 就 赔 运费 的 三倍 可 东西 值 两千 多',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        '快地 员 不 送 上门 直接 放 驿站 也 不 通知 我',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        '喂 我 那个 快递 外面 包装 好好 的 里面 东西 碎 了 谁 负责',
        'goods_damaged_in_transit', 'express_lost_or_damaged', 'express_lost_or_damaged', 'goods_damaged_in_transit',
    ),
    (
        '快递员 替 我 签收 了 然后 东西 就 找 不 到 了',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        '报 了 个 云南 的 低价 团 导游 强制 购物 不 买 就 甩 脸子',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        '旅行社 临时 改 行程 少 去 了 两 个 景点 能 要 赔偿 吗',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    (
        '景区 门票 说 是 通票 进去 好多 项目 还 得 另外 交 钱',
        'price_tag_mismatch', 'false_advertising', 'price_tag_mismatch', 'false_advertising',
    ),
    (
        '平台 上 订 的 民宿 跟 照片 完全 两 回 事 又 脏 又 破',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    ('酒店 收 了 五百 压金 退房 的 时候 说 毛巾 有 污渍 扣 了 两百', None, None, None, 'deposit_refund'),
    ('呃 就是 景区 里 一 瓶 水 卖 二十 块 能 投诉 吗', None, 'price_tag_mismatch', None, 'price_tag_mismatch'),
    (
        '旅游 的 时候 在 玉器店 买 的 镯子 回来 鉴定 是 假 的 店 在 外地 咋 办',
        'travel_forced_shopping', 'complaint_jurisdiction_2026', 'complaint_jurisdiction_2026', 'fraud_three_fold',
    ),
    ('出境游 的 旅行社 倒闭 了 团费 还 没 退', None, 'prepaid_shop_closed', 'prepaid_shop_closed', 'prepaid_refund'),
    ('演唱会 取消 了 只 退 票面 价 我 是 高价 从 别人 手里 买 的', None, None, None, None),
    (
        '大数据 杀熟 我 同事 订 同 一 家 酒店 比 我 便宜 一百 多',
        None, 'price_fraud_fake_discount', None, 'price_fraud_fake_discount',
    ),
    (
        '物业费 涨价 了 没有 开 业主 大会 这 个 找 谁',
        'property_management_fees', None, 'property_management_fees', None,
    ),
    (
        '装修 公司 收 了 首付 以后 工人 就 再 也 没 来 过',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '装休 完 墙面 开裂 了 装修 公司 说 过 了 保修期',
        'home_renovation_dispute', 'claim_time_limit', 'home_renovation_dispute', 'claim_time_limit',
    ),
    ('中介 租房 收 了 一 个 月 的 中介费 房子 楼水 中介 说 不 归 他 管', None, None, None, None),
    ('中介 说 房子 没 任何 问题 住 进去 才 知道 以前 死 过 人', None, 'fraud_three_fold', None, 'fraud_three_fold'),
    (
        '新 装修 的 房子 甲醛 超标 装修 公司 说 是 家具 的 问题',
        'home_renovation_dispute', 'defect_burden_of_proof', 'home_renovation_dispute', 'defect_burden_of_proof',
    ),
    (
        '开锁 师傅 电话 里 说 一百 块 开 完 了 要 八百',
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        '搬家 公司 说 好 三百 搬 到 一半 要 加钱 不 给 就 不 搬 了',
        'price_tag_mismatch', None, 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        '无业 把 小区 电梯 广告 的 钱 都 收 走 了 业主 一 分 没 见 着',
        None, 'property_management_fees', None, 'property_management_fees',
    ),
    (
        '空调 刚 装 了 一 个 月 就 不 制冷 了 能 换 台 新 的 吗',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies', 'sanbao_seven_fifteen_days', 'sanbao_two_repairs',
    ),
    (
        '冰箱 买 了 半年 压缩机 坏 了 厂家 只 给 修 不 给 换',
        'sanbao_two_repairs', 'defective_goods_remedies', 'sanbao_two_repairs', 'sanbao_seven_fifteen_days',
    ),
    ('洗衣机 在 三包 期 里 修 了 两 次 还 是 坏 能 退 吗', 'sanbao_two_repairs', None, 'sanbao_two_repairs', None),
    (
        '我 想 问 一下 三宝 规定 是 几 天 以内 可以 退货',
        'sanbao_seven_fifteen_days', None, 'sanbao_seven_fifteen_days', None,
    ),
    (
        '电视 屏幕 上 出 了 一 条 竖线 售后 说 是 人为 损坏 不 给 保修',
        'defect_burden_of_proof', None, 'defect_burden_of_proof', None,
    ),
    (
        '燃气灶 用 着 用 着 玻璃 面板 炸 了 差点 伤 着 人',
        'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies', 'personal_injury',
    ),
    (
        '电动车 电池 才 用 了 半年 就 不行 了 店 里 说 电池 只 保 三 个 月',
        'sanbao_period_length', None, 'sanbao_period_length', 'unfair_standard_terms',
    ),
    ('空调 师傅 上门 收 了 两百 加氟 费 后来 发现 压根 没 加', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        '网上 搜 的 售后 电话 打 过去 是 假 的 来 的 人 乱 收费',
        'fraud_three_fold', None, 'fraud_three_fold', 'price_tag_mismatch',
    ),
    (
        '质量 问题 退换货 来回 的 运费 该 谁 出',
        'return_shipping_cost', 'defective_goods_remedies', 'return_shipping_cost', 'defective_goods_remedies',
    ),
    ('受后 维修 费 要 的 比 买 个 新 的 还 贵 这 合理 吗', None, None, None, None),
    (
        '新车 提 了 一 个 礼拜 发现 是 补 过 漆 的 四 s 店 不 承认',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    ('四 s 店 买车 非要 收 五千 块 的 金融 服务费', 'car_dealer_extra_fees', None, 'car_dealer_extra_fees', None),
    (
        '二手车 买 回来 发现 是 泡水车 车商 当时 说 没 问题',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        '二手车 的 公里数 被 调 过 能 要求 退 一 赔 三 吗',
        'used_car_concealed_history', 'fraud_three_fold', 'used_car_concealed_history', 'fraud_three_fold',
    ),
    (
        '新车 发动机 漏油 四 是 店 说 只 能 修 不 能 换',
        'car_sanbao_return', 'car_warranty_periods', 'car_sanbao_return', 'car_warranty_periods',
    ),
    ('电车 宣传 续航 五百 公里 冬天 实际 跑 两百 多', 'false_advertising', None, 'false_advertising', None),
    (
        '车 有 召回 的 问题 四 s 店 卖 给 我 的 时候 没 说',
        'product_recall', 'used_car_concealed_history', 'product_recall', 'fraud_three_fold',
    ),
    (
        '新 买 的 手机 三 天 就 黑屏 了 店 里 说 要 送 去 检测 十五 天',
        'sanbao_seven_fifteen_days', None, 'sanbao_seven_fifteen_days', 'defect_burden_of_proof',
    ),
    ('手机 店 说 是 全新 机 我 查 了 激活 日期 是 半年 前', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        '那个 修 手机 的 店 换 屏 换 了 个 非 圆装 的 收 的 是 原装 的 钱',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        '耳机 买 了 一 个 月 左边 就 不 响 了 客服 让 我 自己 出 运费 寄 回去 检测',
        'return_shipping_cost', 'sanbao_period_length', 'return_shipping_cost', 'defective_goods_remedies',
    ),
    ('在 美容院 做 了 个 光子 嫩肤 脸 给 烫 伤 了', 'beauty_salon_injury', None, 'beauty_salon_injury', None),
    (
        '医美 机构 给 我 打 的 波尿酸 我 怀疑 是 假 的 咋 查',
        'beauty_salon_injury', 'counterfeit_drugs', 'counterfeit_drugs', 'beauty_salon_injury',
    ),
    (
        '美容院 说 免费 体验 做 完 了 要 收 三千',
        'price_tag_mismatch', 'beauty_salon_injury', 'beauty_salon_injury', 'price_tag_mismatch',
    ),
    (
        '做 的 双眼皮 两边 不 一样 大 机构 说 恢复期 正常 都 半年 了',
        'beauty_salon_injury', 'personal_injury', 'beauty_salon_injury', 'personal_injury',
    ),
    (
        '美容院 的 人 哄 着 我 办 了 美容贷 现在 每 个 月 都 要 还 钱',
        'beauty_salon_injury', 'free_phone_contract_bundle', 'beauty_salon_injury', 'free_phone_contract_bundle',
    ),
    (
        '减肥 机构 说 不 瘦 全额 退款 我 没 瘦 他 说 是 我 没 管住 嘴',
        'false_advertising', 'fraud_three_fold', 'false_advertising', 'beauty_salon_injury',
    ),
    (
        '我 爸 去 听 健康 讲座 买 了 一万 多 的 保健频 说 能 治 糖尿病',
        'health_food_claims', 'fraud_three_fold', 'health_food_claims', 'false_advertising',
    ),
    (
        '老人 被 拉 去 免费 旅游 在 那边 买 了 好几万 的 床垫',
        'travel_forced_shopping', 'fraud_three_fold', 'travel_forced_shopping', 'fraud_three_fold',
    ),
    (
        '保健品 宣传 能 治病 算 不 算 虚假 宣传 能 要 退 一 赔 三 吗',
        'health_food_claims', 'fraud_three_fold', 'health_food_claims', 'fraud_three_fold',
    ),
    (
        '老人 买 的 保健 食品 上面 没有 那个 蓝帽子',
        'health_food_claims', 'food_ten_fold', 'health_food_claims', 'food_label_flaw',
    ),
    ('网上 买 的 药 跟 药店 的 包装 不 一样 怀疑 是 假药', 'counterfeit_drugs', None, 'counterfeit_drugs', None),
    ('老人 在 会销 上 签 了 合同 子女 能 替 他 退 吗', None, 'fraud_three_fold', None, 'fraud_three_fold'),
    (
        '小孩 拿 我 的 手机 在 游戏 里 冲 了 八千 多 能 退 吗',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '我 女儿 十三 岁 给 主播 打赏 了 两万 多 平台 让 我 证明 是 孩子 弄 的',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', 'evidence_to_keep',
    ),
    (
        '学校 门口 的 店 卖 盲盒 孩子 天天 抽 卖 给 未成年人 合法 吗',
        None, 'blind_box_contents', None, 'blind_box_contents',
    ),
    (
        '儿童 玩具 上 有 很 小 的 零件 也 没有 年龄 提示 孩子 差点 吞 下去',
        'defective_goods_remedies', 'complaint_or_report', 'defective_goods_remedies', 'complaint_or_report',
    ),
    (
        '我 儿子 初中生 在 网上 分期 买 了 个 手机 这 个 有效 吗',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    ('宠物店 买 的 小狗 回来 三 天 就 得 细小 死 了', 'pet_sold_sick', None, 'pet_sold_sick', None),
    ('宠物 医院 乱 收费 做 个 检查 就 一千 多', None, 'price_tag_mismatch', None, 'price_tag_mismatch'),
    ('呃 狗 寄养 了 一 个 星期 接 回来 瘦 了 一圈 还 生病 了', None, 'pet_sold_sick', None, None),
    (
        '婚庆 公司 现场 布置 跟 合同 上 差 老 多 了 能 要求 退 一部分 钱 吗',
        None, 'prepaid_refund', None, 'prepaid_refund',
    ),
    (
        '婚纱照 拍 完 选片 的 时候 要 加钱 不 加 就 只 给 十 张',
        'price_tag_mismatch', 'unfair_standard_terms', 'price_tag_mismatch', 'unfair_standard_terms',
    ),
    (
        '酒店 婚宴 订 了 三十 桌 家里 老人 去世 办 不 了 了 定金 一分 不 退',
        'deposit_refund', None, 'deposit_refund', 'unfair_standard_terms',
    ),
    ('殡仪馆 的 骨灰盒 卖 得 老 贵 了 还 不让 自己 带', None, None, None, 'unfair_standard_terms'),
    (
        '殡葬 一条龙 收 了 三万 多 连 个 明细 都 没有',
        None, 'invoice_refused', 'invoice_refused', 'price_tag_mismatch',
    ),
    (
        '刚 买 完 房子 就 一堆 装修 公司 给 我 打电话 我 的 信息 谁 泄露 的',
        'personal_information', 'marketing_calls_and_messages',
        'personal_information', 'marketing_calls_and_messages',
    ),
    ('商场 会员 系统 采集 我 的 人脸 我 都 没 同意', 'personal_information', None, 'personal_information', None),
    (
        '天天 收到 贷款 推销 短信 回 了 退订 也 没 用',
        'marketing_calls_and_messages', None, 'marketing_calls_and_messages', None,
    ),
    (
        '喂 你好 我 一 天 接 十几 个 推销 电话 有 没 有 地方 能 投诉',
        'marketing_calls_and_messages', None, 'marketing_calls_and_messages', None,
    ),
    (
        '那个 软件 不 同意 所有 权限 就 用 不 了 你们 管 这 个 吗',
        'personal_information', None, 'personal_information', None,
    ),
    (
        '商场 搞 活动 先 涨价 再 打折 这 算 不 算 价格 欺诈',
        'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None,
    ),
    (
        '价签 上 没 写 单位 称 的 时候 才 知道 是 一 两 的 价',
        'price_tag_mismatch', 'price_fraud_fake_discount', 'price_tag_mismatch', 'short_weight',
    ),
    (
        '理发店 剪 头 说 三十八 洗 完 了 说 用 了 药水 要 三百八',
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        '商家 标 原价 一千二 现价 六百 可 他 从来 没 卖 过 一千二',
        'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None,
    ),
    (
        '视频 会员 自动 续费 也 不 提醒 一 声 就 扣 钱 了',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '名牌 包 拿 到 专柜 鉴定 说 是 假 的 商家 说 专柜 鉴定 不 算',
        'fraud_three_fold', 'evidence_to_keep', 'fraud_three_fold', 'evidence_to_keep',
    ),
    ('我 要 举报 一 家 卖 假酒 的 有 奖励 吗', 'anonymous_report', None, 'anonymous_report', None),
    ('买 了 一箱 茅台 怀疑 是 假 的 去 哪 鉴定', None, 'evidence_to_keep', None, 'fraud_three_fold'),
    ('退 一 赔 三 是 啥 情况 下 才 能 要', 'fraud_three_fold', None, 'fraud_three_fold', None),
    ('知假买假 还 能 要 陪偿 吗', 'fraud_three_fold', 'food_ten_fold', 'fraud_three_fold', 'food_ten_fold'),
    (
        '商家 欺诈 我 要 三倍 赔偿 他 只 愿意 退款',
        'fraud_three_fold', None, 'fraud_three_fold', 'mediation_failed_next_steps',
    ),
    (
        '没有 小票 也 没有 发票 还 能 投诉 吗',
        'evidence_to_keep', 'warranty_card_lost', 'evidence_to_keep', 'warranty_card_lost',
    ),
    (
        '质量 问题 要 做 检定 检定 费 谁 出',
        'defect_burden_of_proof', 'defective_goods_remedies', 'defect_burden_of_proof', None,
    ),
    ('微信 聊天 记录 商家 撤回 了 还 算 证据 不', 'evidence_to_keep', None, 'evidence_to_keep', None),
    ('付 的 现金 啥 凭证 都 没有 咋 证明 是 在 他 家 买 的', 'evidence_to_keep', None, 'evidence_to_keep', None),
    (
        '我 投诉 半个月 了 还 没 人 联系 我 一般 要 多久',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    ('能 匿名 举报 吗 我 怕 商家 抱负', 'anonymous_report', None, 'anonymous_report', None),
    ('调解 不 成 接下来 咋 办', 'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None),
    (
        '我 的 投诉 显示 终止 调解 是 什么 意思',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    (
        '喂 你好 我 想 问 一下 投诉 以后 商家 就是 不 理 你们 能 罚 他 吗',
        'mediation_failed_next_steps', 'complaint_or_report', 'complaint_or_report', 'mediation_failed_next_steps',
    ),
    ('网上 的 投诉 怎么 撤 回来 商家 已经 给 我 退 了', None, None, None, None),
    (
        '呃 我 在 外地 旅游 买 的 东西 回来 了 在 哪 边 投诉',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    (
        '工作 人员 说 我 的 投诉 不予 受理 为啥',
        None, 'complaint_acceptance_time_2026', 'complaint_acceptance_time_2026', 'complaint_jurisdiction_2026',
    ),
    (
        '商家 说 我 投诉 也 没 用 他 不怕 是 真 的 吗',
        'mediation_failed_next_steps', 'complaint_or_report', 'complaint_or_report', 'mediation_failed_next_steps',
    ),
    (
        '调解 好 了 商家 答应 赔 钱 又 一直 拖 着 不 给',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    (
        '对 处理 结果 不 满意 能 复议 吗',
        'mediation_failed_next_steps', 'complaint_or_report', 'mediation_failed_next_steps', 'complaint_or_report',
    ),
    ('就是 我 也 说 不 清楚 反正 就是 被 坑 了 你们 能 帮 我 不', None, None, None, 'fraud_three_fold'),
    ('东西 没 毛病 就是 商家 态度 特别 差 还 骂 人 这 能 投诉 吗', None, None, None, 'complaint_or_report'),
    (
        '呃 那个 我 上 回 打 过 电话 了 还是 那个 事 咋 还 没 信儿',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    ('我 是 开 店 的 被 职业 打假人 投诉 了 我 该 咋 办', None, None, None, 'fraud_three_fold'),
    ('共享 单车 的 押金 一直 退 不 出来', 'deposit_refund', 'prepaid_refund', None, 'deposit_refund'),
    ('加油站 加 的 油 总 觉得 不 够 数 油表 有 问题', 'short_weight', None, 'short_weight', None),
    ('燃气 公司 强制 换 报警器 还 指定 必须 在 他们 那 买', None, None, None, 'unfair_standard_terms'),
    (
        '眼镜店 配 的 眼镜 戴 着 头晕 店 里 说 度数 没 问题',
        'defective_goods_remedies', 'defect_burden_of_proof', 'defective_goods_remedies', 'defect_burden_of_proof',
    ),
    (
        '照相馆 拍 证件照 说 十 块 拍 完 了 电子版 要 另 加 五十',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '商场 的 儿童 游乐 设施 孩子 玩 的 时候 摔 伤 了 商场 说 不 负责',
        'personal_injury', None, 'personal_injury', None,
    ),
    ('在 健身房 洗澡 手机 被 偷 了 健身房 说 跟 他们 没 关系', None, None, None, None),
    ('金店 买 的 项链 回家 一 称 克数 不 对', 'short_weight', None, 'short_weight', None),
    ('婚戒 钻石 证书 上 的 编号 跟 钻石 上 的 对 不 上', 'fraud_three_fold', None, 'fraud_three_fold', None),
    ('充电桩 充 个 电 服务费 比 电费 还 贵', None, 'price_tag_mismatch', None, 'price_tag_mismatch'),
    (
        '网上 花 三千九 买 了 个 教 做 副业 赚钱 的 课 啥 也 没 学 到',
        'training_refund', 'fraud_three_fold', 'training_refund', 'false_advertising',
    ),
    (
        '干洗店 把 我 的 羊绒 大衣 洗 缩水 了 只 肯 赔 洗衣费 的 几 倍',
        'unfair_standard_terms', None, 'unfair_standard_terms', None,
    ),
    (
        '家具 买 回来 味道 特别 大 商家 说 放 一 放 就 好 了',
        'defective_goods_remedies', None, 'defective_goods_remedies', None,
    ),
    ('侬 好 我 想 问 问 伊拉 超市 卖 过期 面包 可以 投诉 伐', 'expired_food', None, 'expired_food', None),
    (
        '我 不 晓得 这 个 事 归 不 归 你们 管 我 在 网上 买 了 个 电饭锅 莫得 用 几 天 就 烧 糊 了',
        'sanbao_seven_fifteen_days', 'online_seven_day_return',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
    ),
    (
        '你们 这 是 嘎哈 的 我 买 的 电暖气 一 开 就 跳闸',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    ('那个 商家 冇 给 我 发票 还 话 要 加 税点', 'invoice_refused', None, 'invoice_refused', None),
    (
        '老板 卖 给 我 的 啥子 土 鸡蛋 一 看 就 是 饲料 鸡 下 的',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        ('喂 你好 是 这样 的 我 呢 上 个 月 在 我们 家 附近 一 个 健身房 办 了 一 张 两年 的 卡 花 了 四千 八 '
         '当时 说 得 好好 的 结果 这 个 礼拜 过去 一 看 门 锁 了 里面 东西 都 搬 空 了 群 里 也 没 人 说话 我 就 '
         '想 问 问 这 个 钱 还 能 不 能 要 回来 要 去 哪 里 报'),
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        ('就是 我 我 也 不 知道 该 不 该 打 这 个 电话 我 妈 今年 七十 多 了 天天 去 楼 下 那个 店 里 听 课 领 '
         '鸡蛋 领 挂面 后来 人家 就 给 她 推 一个 什么 量子 水杯 说 喝 了 能 降 血压 一 个 杯子 三千 多 她 买 了 '
         '两 个 我 们 做 子女 的 能 不 能 去 给 她 退 了'),
        'health_food_claims', 'false_advertising', 'false_advertising', 'fraud_three_fold',
    ),
    (
        ('呃 我 想 问 一下 我 在 网上 一 个 店铺 买 了 一 台 笔记本 电脑 到手 以后 开机 就 蓝屏 我 联系 商家 商家 '
         '让 我 寄 回去 检测 检测 了 半个月 说 是 我 自己 装 软件 装 坏 的 不 给 保修 还 要 我 出 两百 块 的 '
         '检测费 我 觉得 特别 冤 这 种 情况 怎么 弄'),
        'defect_burden_of_proof', None, 'defect_burden_of_proof', None,
    ),
    (
        ('你好 我 装修 房子 找 了 一 家 公司 合同 签 的 是 三 个 月 完工 现在 都 半年 了 还 没 弄 完 工人 三天 '
         '打鱼 两天 晒网 的 我 去 找 他们 经理 经理 就 说 在 催 在 催 我 房子 还 在 还 房贷 外面 还 租 着 房子 这 '
         '个 损失 谁 给 我 出 啊 能 不 能 告 他们'),
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        ('喂 是 幺 二 三 幺 五 吗 就是 我 昨天 晚上 在 一 个 烧烤 店 吃饭 点 了 几 个 菜 结账 的 时候 发现 多 收 '
         '了 两 个 菜 的 钱 我 跟 服务员 说 服务员 说 系统 就 这么 打 的 老板 也 不 出来 后来 我 就 付 了 钱 走 '
         '了 现在 想 想 越 想 越 气 还 能 投诉 吗 我 有 付款 记录'),
        'price_tag_mismatch', 'evidence_to_keep', 'price_tag_mismatch', 'evidence_to_keep',
    ),
    (
        ('那个 我 给 我 闺女 报 了 一 个 舞蹈 班 一 次 性 交 了 一年 的 钱 九千 六 结果 上 了 两 个 月 老师 换 了 '
         '三 个 孩子 也 不 愿意 去 了 我 去 找 他们 退 他们 说 合同 上 写 了 中途 不 退 最多 给 我 换 成 别的 课 '
         '我 们 又 不 想 学 别的 这 个 怎么 办 才 好'),
        'training_refund', 'unfair_standard_terms', 'training_refund', 'unfair_standard_terms',
    ),
    (
        ('我 跟 你 说 啊 这 事 气死 我 了 我 在 直播间 买 了 一 件 大衣 主播 说 是 百分之百 羊毛 的 我 收到 了 一 '
         '看 标签 上 写 的 是 涤纶 我 去 问 客服 客服 说 主播 口误 你 要 退 就 退 运费 自己 出 我 觉得 这 就是 '
         '骗人 能 不 能 让 他 赔 我 三倍'),
        'fraud_three_fold', 'online_goods_quality', 'fraud_three_fold', 'online_goods_quality',
    ),
    (
        ('你好 请问 一下 我 在 二手车 市场 买 了 一 辆 车 当时 车商 拍着 胸脯 保证 不 是 事故车 还 给 我 写 了 '
         '保证书 结果 我 开 去 四 s 店 保养 人家 一 查 说 前面 大梁 都 换 过 了 这 车 我 花 了 八万 多 现在 车商 '
         '电话 不 接 我 这 种 能 要 他 退 一 赔 三 吗'),
        'used_car_concealed_history', 'fraud_three_fold', 'used_car_concealed_history', 'fraud_three_fold',
    ),
    (
        ('呃 是 这样 我 家 老人 在 外面 被 人 拉 着 听 了 个 什么 养生 讲座 签 了 一 个 合同 买 了 一 台 按摩椅 '
         '说 是 国外 进口 的 两万 八 后来 我 在 网上 一 查 一样 的 牌子 型号 才 卖 三千 多 我们 去 找 他们 那 个 '
         '店 已经 换 了 招牌 了 这 个 还 能 找 得 到 人 吗 你们 能 帮忙 查 吗'),
        'fraud_three_fold', None, 'fraud_three_fold', 'false_advertising',
    ),
    (
        ('就是 我 在 某 个 平台 订 了 一 家 酒店 付 了 钱 也 显示 预订 成功 了 我 们 一家 四 口 晚上 十一 点 到 '
         '的 前台 说 没有 我们 的 订单 房间 也 满 了 孩子 都 困 得 不行 我 们 只能 临时 再 找 一 家 贵 了 好几百 '
         '这 个 差价 和 损失 我 是 找 平台 还是 找 酒店'),
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        ('喂 你好 我 想 咨询 一下 我 去年 买 了 一 台 空调 装 的 时候 安装 师傅 说 要 加 铜管 一 米 八十 块 加 了 '
         '五 米 后来 我 听 邻居 说 铜管 根本 没 这么 贵 而且 他们 用 的 还 可能 是 铝 的 我 现在 想 找 他们 要 个 '
         '说法 过 了 一 年 了 还 能 投诉 吗'),
        'claim_time_limit', 'fraud_three_fold', 'claim_time_limit', 'fraud_three_fold',
    ),
    (
        ('我 在 网上 看到 一个 广告 说 免费 领 一 部 手机 只 要 办 个 卡 就 行 我 就 去 了 营业厅 旁边 一 个 小 '
         '店 他 给 我 办 了 一 堆 手续 后来 我 才 发现 是 帮 我 办 了 一 个 分期 贷款 每 个 月 要 还 三百 多 还 '
         '了 两 年 我 根本 没 想 贷款 这 个 能 不 能 撤销'),
        'free_phone_contract_bundle', None, 'free_phone_contract_bundle', None,
    ),
    (
        ('哎 我 问 一下 哈 我 在 小区 门口 那个 水果 店 充 了 五百 块 钱 的 卡 老板 说 充 五百 送 一百 结果 我 去 '
         '买 东西 他 说 充值 的 价格 跟 现金 价格 不 一样 用 卡 的 话 东西 还 更 贵 这 不 是 坑 人 吗 我 现在 想 '
         '把 剩下 的 钱 退 出来 他 不 干'),
        'prepaid_refund', 'price_tag_mismatch', 'prepaid_refund', 'price_tag_mismatch',
    ),
    (
        ('你好 我 是 替 我 爷爷 打 的 电话 我 爷爷 八十 多 岁 了 耳朵 不 太 好 前 几 天 有 人 上门 说 是 燃气 '
         '公司 的 检查 管道 说 他家 的 管子 老化 了 必须 马上 换 当场 收 了 一千 二 换 完 了 我们 问 燃气 公司 '
         '燃气 公司 说 根本 没 派 人 这 个 找 谁'),
        'fraud_three_fold', 'complaint_or_report', 'fraud_three_fold', None,
    ),
    (
        ('那个 我 想 问 一下 我 在 一 家 月子 中心 订 了 二十八 天 交 了 六万 的 订金 生 完 孩子 住 进去 发现 跟 '
         '当初 参观 的 房间 不 一样 护士 也 不 是 说 好 的 那 种 有 证 的 我 住 了 十 天 就 出来 了 剩下 的 钱 '
         '他们 不 给 退 说 是 我 自己 要 走 的'),
        'prepaid_refund', 'false_advertising', 'prepaid_refund', 'false_advertising',
    ),
    (
        'hi i bought a phone on taobao and the seller refuse to refund what can i do',
        'online_seven_day_return', 'defective_goods_remedies', 'online_seven_day_return', 'online_platform_liability',
    ),
    (
        'my gym closed suddenly and i paid one year membership how to get my money back',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        'restaurant charged me for tea and wet towel i never order is this legal',
        'corkage_minimum_spend', 'price_tag_mismatch', 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    (
        'im foreigner living in shanghai can i also use 12315 to complain about a shop',
        None, None, None, 'complaint_jurisdiction_2026',
    ),
    ('do you have english service or i must speak chinese', None, None, None, None),
    ('rental agent keep my deposit after i move out who can help me', None, None, None, 'deposit_refund'),
    (
        'bought yogurt in supermarket already expired can i ask 10 times compensation',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        'courier lost my package and company only offer 30 rmb but item worth 1500',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        'hotel i booked on trip app is totally diffrent from pictures and they wont refund',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        'my son spend 3000 yuan in mobile game without permision can i get it back',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        'hello i want report a shop selling fake nike shoes near my home',
        'complaint_or_report', 'anonymous_report', 'complaint_or_report', 'anonymous_report',
    ),
    (
        'how long it take after i submit complain on the website',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        'air conditioner broken after 2 weeks store say only repair not replace',
        'sanbao_seven_fifteen_days', None, 'sanbao_seven_fifteen_days', None,
    ),
    ('whats diffrence between complaint and report', 'complaint_or_report', None, 'complaint_or_report', None),
    (
        'got food poisoning from takeaway what evidence do i need to keep',
        'evidence_to_keep', 'restaurant_food_poisoning', 'evidence_to_keep', 'restaurant_food_poisoning',
    ),
    (
        'my phone bill have extra charges for services i never signed',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    (
        'can i complain anonimously i dont want the shop know my name',
        'anonymous_report', None, 'anonymous_report', 'complaint_or_report',
    ),
    (
        'seller on xianyu send me broken camera then block me',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        'ielts school promise money back if i not get 7 now they refuse',
        'training_refund', None, 'training_refund', None,
    ),
    (
        'paid deposit for car at 4s shop and change my mind can i get deposit back',
        'deposit_refund', None, 'deposit_refund', None,
    ),
    (
        'someone keep calling me to sell insurance how they get my number',
        'marketing_calls_and_messages', 'personal_information',
        'marketing_calls_and_messages', 'personal_information',
    ),
    (
        'fake discount the original price on the page is made up they never sell at that price',
        'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None,
    ),
    (
        'bought used car dealer hide the accident history',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        'beauty salon burnt my face with laser what compensation i can get',
        'beauty_salon_injury', 'personal_injury', 'beauty_salon_injury', 'personal_injury',
    ),
    (
        'tour guide force us shopping in jade store 3 hours otherwise we cannot leave',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        'my parents buy health supplement at free lecture spend 20000 yuan it is scam',
        'health_food_claims', 'fraud_three_fold', 'health_food_claims', 'fraud_three_fold',
    ),
    (
        'wedding photo studio want more money for every extra photo is it ok',
        'price_tag_mismatch', 'unfair_standard_terms', 'price_tag_mismatch', None,
    ),
    (
        'i want return clothes bought online but seller say sale items no return',
        'seven_day_return_exceptions', 'unfair_standard_terms',
        'seven_day_return_exceptions', 'unfair_standard_terms',
    ),
    (
        'broadband speed much slower then contract say',
        'false_advertising', 'broadband_contract_exit', 'false_advertising', 'broadband_contract_exit',
    ),
    ('price tag show 10 yuan but cashier charge me 15', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    (
        'can i complain a shop in other city or i must go local office',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    ('the phone i buy is refurbished not new like they say', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        'property management increase fee without any notice to owners',
        'property_management_fees', None, 'property_management_fees', None,
    ),
    (
        'washing machine repaired 3 times in warranty still broken can i get new one',
        'sanbao_two_repairs', None, 'sanbao_two_repairs', None,
    ),
    (
        'renovation company take my money and stop working',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    ('concert cancelled and they only refund half the ticket', None, None, None, None),
    (
        'order on pinduoduo and receive totally different item',
        'online_goods_quality', 'online_seven_day_return', 'online_goods_quality', 'fraud_three_fold',
    ),
    (
        'what is the three guarantees rule for electronics',
        'sanbao_seven_fifteen_days', 'sanbao_period_length', 'sanbao_seven_fifteen_days', 'sanbao_period_length',
    ),
    (
        'mediation failed whats next should i go to court',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    (
        'shop ask my id number to join membership is this allowed',
        'personal_information', None, 'personal_information', None,
    ),
    ('bought medicine online i think its fake where can test', 'counterfeit_drugs', None, 'counterfeit_drugs', None),
    ('agency charge me one month rent as fee and the apartment have mold everywhere', None, None, None, None),
    ('merchant refuse to give me fapiao', 'invoice_refused', None, 'invoice_refused', None),
    (
        'restaurant have minimum spend 1000 yuan for private room',
        'corkage_minimum_spend', None, 'corkage_minimum_spend', None,
    ),
    (
        'plz help the livestream seller say its real gold but its not',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', None,
    ),
    (
        'delivery guy leave my parcel outside without asking and it got stolen',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        'online course auto renew charge my card every month but i cancel already',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        'massage shop owner run away with our prepaid card money',
        'prepaid_shop_closed', None, 'prepaid_shop_closed', None,
    ),
    ('hotel keep part of deposit say i damage towel but i didnt', None, None, None, None),
    ('i have no receipt can i still complain', 'evidence_to_keep', None, 'evidence_to_keep', None),
    (
        'who pay the shipping when return a defective item',
        'return_shipping_cost', 'defective_goods_remedies', 'return_shipping_cost', 'defective_goods_remedies',
    ),
    (
        'electric scooter battery die after 5 month shop say battery not in warranty',
        'sanbao_period_length', None, 'sanbao_period_length', None,
    ),
    (
        'car dealer force me to buy insurance from them or no car',
        'car_dealer_extra_fees', None, 'car_dealer_extra_fees', None,
    ),
    (
        'flight ticket from third party website refund fee is 80 percent is that normal',
        'air_ticket_refund_fee', None, 'air_ticket_refund_fee', None,
    ),
    ('is wechat screenshot enough as evidance', 'evidence_to_keep', None, 'evidence_to_keep', None),
    (
        'baby milk powder have strange smell and lumps',
        'food_ten_fold', 'defective_goods_remedies', 'food_ten_fold', 'defective_goods_remedies',
    ),
    ('they sell me ring say 18k gold but test show its not', 'fraud_three_fold', None, 'fraud_three_fold', None),
    ('housekeeping company charge agency fee but the ayi quit after 2 days', None, None, None, None),
    (
        'my complaint was rejected and nobody tell me why',
        None, 'complaint_acceptance_time_2026', 'complaint_acceptance_time_2026', None,
    ),
    (
        'phone repair shop replace my original parts with cheap one',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    ('found a bug in my bubble tea what should i do', 'food_ten_fold', None, 'food_ten_fold', None),
    (
        'can 12315 force the company to pay me',
        'mediation_failed_next_steps', 'complaint_or_report', 'complaint_or_report', 'mediation_failed_next_steps',
    ),
    (
        'group buy vegetables was rotten and group leader ignore me',
        'spoiled_on_arrival', None, 'spoiled_on_arrival', None,
    ),
    (
        'sorry my chinese not good i was cheated in scenic area one bottle water 20 yuan',
        None, None, None, 'price_tag_mismatch',
    ),
    (
        'my mother 75 years old sign contract for massage bed at elderly event can family cancel it',
        None, 'fraud_three_fold', None, 'fraud_three_fold',
    ),
    (
        'gym trainer quit and they refuse refund my personal training classes',
        'gym_membership', None, 'gym_membership', 'prepaid_refund',
    ),
    (
        'bought concert ticket from scalper online and it was fake',
        None, 'second_hand_individual_seller', 'social_media_daigou_fake', 'second_hand_individual_seller',
    ),
    (
        'shop closed put paper on door my card still have 800 yuan',
        'prepaid_shop_closed', None, 'prepaid_shop_closed', None,
    ),
    ('what documents i need to make complain online', 'evidence_to_keep', None, 'evidence_to_keep', None),
    (
        'bought from cross border app package stuck one month seller wont refund',
        'cross_border_purchase', 'order_cancelled_not_shipped',
        'cross_border_purchase', 'order_cancelled_not_shipped',
    ),
    (
        'dry cleaner lost my suit jacket and only want pay 200',
        None, 'unfair_standard_terms', None, 'unfair_standard_terms',
    ),
]

# The set's labels are the first labeller's (chosen before any measurement); the second's are scored beside
# them in bench/knowledge_blind_bench.py.
TWELFTH_LABELLED: list[tuple[str, str | None]] = [(q, first) for q, first, _, _, _ in LABELS_BOTH]
TWELFTH_SECOND_LABELLED: list[tuple[str, str | None]] = [(q, second) for q, _, _, second, _ in LABELS_BOTH]

# the same 73 entries, valid on 2026-12-01, that the tenth set's labeller was shown
LABELLED_AGAINST: frozenset[str] = TENTH_LABELLED_AGAINST
