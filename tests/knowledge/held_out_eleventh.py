"""Eleventh blind test set of caller questions for the 12315 consultation knowledge base.

Who: written by a helper engineer brought in only to write this set. The author wrote
none of the knowledge base and none of the earlier question sets, and read none of them
(no file of the project was opened, listed or searched, and no web search was made).

How: every question was typed by hand from general knowledge of what ordinary Chinese
consumers ask the 12315 hotline. About three quarters are Mandarin written the way the
Vosk speech recogniser prints speech (words split by single spaces, no punctuation,
numbers in Chinese characters, spoken fillers, some regional turns of phrase, and in
about one question in eight a same-sound wrong character such as 推款 for 退款). About one
quarter are English as typed into a web chat (lower case, no punctuation, some
misspellings and non-native grammar). OFF_TOPIC_ELEVENTH holds questions the consumer
consultation line cannot answer, in the same style mix; about a third use
consumer-sounding words while not being consumer-rights questions.

When: Tue Dec  1 19:41:53 UTC 2026 (from `date -u`).

The set is committed unlabelled so that the history shows the questions existed before any labels. Labels
will be added later by two other helpers, each on their own, working from the entries' ids, categories and
English questions only.

Labels: added on 2026-12-01 at about 19:50 UTC by two helper engineers, each on their own and blind to the other,
neither of whom wrote the knowledge base or this set, against the 73 entries valid on 2026-12-01
(LABELLED_AGAINST), seeing only each entry's id, category and English question (no answers, paraphrases, keywords
or asked questions, no other test or bench file, no retrieval run over the set). Each gave the entry whose answer
would help that caller most, or None where no entry's question covers what is asked, and a runner-up. The first
labelled 231 of the 290 questions with an entry and 59 None; the second 233 and 57. They agree on 280 of 290
(224 of the 231 the first gave an entry). Chosen before any measurement: the set's labels (ELEVENTH_LABELLED) are
the first labeller's; the second's are a second measure. Their recurring rules, in short (both unless marked):
- A close entry that does not cover the question gives None: flight delays and lost luggage, hotel cancellation
  and deposits, rentals, funerals, weddings, extended warranties, claw machines, pet hospitals, questions about
  12315 itself (English service, call-backs); a vague 'I was cheated' with no detail is None.
- Fees not shown or agreed, prices raised after the work began: price_tag_mismatch; a price merely high: None.
- Fakes and goods sold as new or genuine that are not: fraud_three_fold; cure claims: health_food_claims for
  health food, false_advertising for other goods; how to prove a fake: evidence_to_keep.
- Foreign matter or unsafe food, 'ten times': food_ten_fold; expired: expired_food; illness after eating out:
  restaurant_food_poisoning.
- Prepaid money and a business closed, moved or gone: prepaid_shop_closed; still open and refusing: the sector's
  entry (training_refund, gym_membership) or prepaid_refund.
- Second-hand platforms with an individual seller: second_hand_individual_seller (None when the caller sells).
- Hidden car history, new or used: used_car_concealed_history; warranty refused with the user blamed:
  defect_burden_of_proof (the first: refused without blame is None).
- How long a complaint takes: complaint_acceptance_time_2026; unhappy with the result or mediation refused:
  mediation_failed_next_steps.

Copy check: on 2026-12-01 at about 19:50 UTC a script (the copy check of tests/knowledge/held_out_measure.py)
dropped, unread, the texts that repeat an earlier set (5): five off-topic ones; no question. Nothing else changed.
"""

from __future__ import annotations

from tests.knowledge.held_out_tenth import LABELLED_AGAINST as TENTH_LABELLED_AGAINST

ELEVENTH: list[str] = [
    '我 在 网上 买 的 衣服 穿 了 一 次 还 能 七 天 无 理由 退货 吗',
    '喂 你好 我 想 问 一下 拼多多 上 买 的 东西 商家 不 给 退 咋整',
    '商家 说 定制 商品 不 支持 无 理由 退货 可 我 买 的 就是 普通 的 窗帘 只是 按 我 家 尺寸 裁 了 一下',
    '那个 我 退货 寄 回去 快 两 个 礼拜 了 商家 说 没 收到 推款 一直 不 到账',
    '呃 就是 我 拆 了 包装 商家 就 说 影响 二次 销售 不 给 退 了',
    '买 的 生鲜 水果 到 的 时候 一半 都 烂 了 商家 只 肯 赔 五 块 钱',
    '仅 退款 被 商家 拒绝 了 平台 课服 也 不 管 我 该 找 谁',
    '我 买 的 羽绒服 洗 了 一 次 就 掉 毛 掉 得 厉害 这 算 指量 问题 吗',
    '外国 网站 海淘 买 的 东西 出 了 问题 你们 管 不 管',
    '那个 我 想 问 下 商品 页面 写 的 是 真皮 收到 是 人造革 这 属于 欺诈 吗',
    '卖家 让 我 给 好评 说 返 我 十 块 钱 结果 好评 了 钱 没 给',
    '我 给 了 个 差评 商家 天天 打电话 骚扰 我 还 发 短信 骂人',
    '我 退货 的 时候 商家 说 要 扣 百分之 二十 的 折旧费 这个 合法 吗',
    '我 买 了 一 双 运动鞋 穿 了 半 个 月 就 开胶 了 卖家 说 过 了 七 天 不 管 了',
    '电商 平台 上 的 先 用 后 付 我 没 点 过 怎么 就 给 我 开通 了 还 扣 了 钱',
    'hi i bought a dress on taobao it came in wrong size and seller refuse to exchange what can i do',
    'what is the 7 day no reason return rule does it apply to everything',
    'i want to return unopened cosmetics but seller say cosmetic cant be returned is it true',
    'recieved a parcel i never ordered and the courier ask me to pay cash on delivery',
    'i received damaged furniture from jd and they want me pay the return shipping for big item',
    'my subscription auto renewed and i cant find where to cancel it',
    '直播间 主播 说 原价 一 千 多 现在 只要 九 十 九 买 回来 一 看 根本 不 值 这个 价',
    '在 抖音 直播 里 买 的 玉石 手镯 说 是 天然 的 拿去 鉴定 是 染色 的',
    '喂 你好 快手 上 的 主播 卖 的 减肥 茶 喝 了 一直 拉肚子 怎么 投诉',
    '那个 直波间 抢 的 福袋 说 是 中奖 了 要 我 付 邮费 收到 的 是 一 堆 垃圾',
    '主播 说 直播间 的 东西 一律 不 退 不 换 这个 规定 有效 吗',
    '看 直播 买 的 翡翠 花 了 八 千 块 主播 说 是 天然 没有 处理 过 的 我 去 哪 里 鉴定',
    '我 妈 在 直播间 买 了 好多 东西 主播 天天 叫 她 姐姐 家里 堆 满 了 钱 都 花 光 了',
    'livestream seller promised a free gift with my order but i never got it',
    'i paid in a douyin live room but product never shipped and the store disapeared',
    '社区 团购 的 菜 缺斤 少两 团长 说 不是 她 的 责任',
    '小区 团购 群 里 买 的 冻肉 解冻 以后 有 异味 群主 直接 把 我 踢 出 群 了',
    '美团 上 买 的 团购 券 到 了 店 里 商家 说 不 接待 团购 了 要 按 原价',
    '呃 就是 我们 拼团 买 的 那个 课程 没 成团 钱 也 不 退 回来',
    'group buying coupon from dianping the restaurant dont accept it anymore',
    '闲鱼 上 买 的 二手 手机 卖家 说 没 修 过 拿到 发现 换 过 屏幕',
    '二手 平台 上 个人 卖家 卖 假货 可以 投诉 吗 他 说 他 不是 商家 不 归 你们 管',
    '我 在 二手 平台 卖 东西 买家 收到 后 说 是 假 的 要 退 寄 回来 的 根本 不是 我 那 个',
    '闲鱼 买 的 二手 包 卖家 保证 是 正品 专柜 说 是 假 的 能 要 三 倍 赔偿 吗',
    'seller on xianyu send me fake sneakers and then block me',
    'i bought a second hand phone and its locked by icloud seller says not his problem',
    '我 在 超市 买 的 酸奶 过气 了 三 天 还 在 卖 能 要 十 倍 赔偿 吗',
    '喂 你好 外买 里 吃 出 头发 了 商家 只 给 退 五 块 钱',
    '在 饭店 吃 完 饭 回去 上吐下泻 去 医院 花 了 好 几 百 找 饭店 他们 不 认',
    '外卖 吃 出 一 只 蟑螂 我 拍照 了 现在 想 投诉 这 家 店',
    '火锅店 收 了 餐位费 还 收 纸巾 钱 菜单 上 都 没 写',
    '我 在 奶茶 店 买 的 奶茶 喝 出 一 个 塑料 片 咋个 办',
    '那个 就是 超市 熟食 区 买 的 卤肉 吃 了 以后 全家 都 肚子 疼',
    '买 的 进口 奶粉 没有 中文 标签 能 不 能 退 还 能 要 赔偿 吗',
    '食品 包装 上 写 的 零 添加 结果 配料表 里 有 防腐剂 能 投诉 吗',
    '我 孩子 在 学校 门口 小卖部 买 的 辣条 吃 了 呕吐',
    '外卖 吃 出 钢丝球 的 丝 差点 划破 嘴 我 想 要 一 千 块 赔偿 过分 吗',
    '过期 食品 十 倍 赔偿 不足 一 千 的 是不是 按 一 千 赔',
    'ordered food on meituan found a hair in it restaurant only want to refund 5 yuan',
    'restaurant charge me for tea and wet towel i didnt order is this allowed',
    'bought milk powder for my baby and its expired how much compansation can i get',
    'can i get 10 times compensation for imported food with no chinese label',
    'hi i got food poisoning after eating at a hotpot restaurant what evidence i need',
    'the price on the menu was per 500g but when paying they said it was per 50g',
    '超市 货架 上 标 的 价格 跟 结账 的 价格 不 一样 多 收 了 我 钱',
    '超市 存包柜 里 的 东西 丢 了 超市 说 不 负责',
    '喂 就是 超市 收银员 多 扫 了 一 件 东西 回家 才 晓得 小票 还 在',
    '商场 说 满 三 百 减 一 百 但是 先 涨 了 价 再 减 这 算 不 算 虚假 打折',
    '店里 标价 二 十 九 块 九 收银 的 时候 收 了 我 二 百 九 十 九',
    '商家 标 的 原价 从来 没有 卖 过 是 编 出来 的 原价 怎么 举报',
    'the supermarket price on shelf is lower than what they charge me at cashier',
    'is it legal for a shop to refuse cash payment',
    'shop refuse to give me fapiao invoice they say price is without tax',
    '建身房 突然 关门 了 我 办 的 年卡 还 剩 八 个 月 怎么 退 钱',
    '我 在 理发店 冲 了 三 千 块 现在 老板 跑 了 门 都 锁 了',
    '美容院 办 的 卡 我 不 想 做 了 要 退 钱 店家 说 只 能 退 一半',
    '喂 你好 我 孩子 的 游泳 课 充值 了 两 万 培训 机构 搬 走 了',
    '洗车 卡 充 了 一 千 洗车 店 换 了 老板 新 老板 说 不 认 以前 的 卡',
    '预付卡 商家 说 卡 里 的 钱 不 退 只 能 消费 这 有 法律 规定 吗',
    '蛋糕 店 的 储值卡 过期 了 里面 还 有 四 百 多 块 店家 说 作废 了 这 叫 啥 事 嘛',
    '那个 我 在 瑜伽馆 办 了 卡 后来 怀孕 了 不 能 练 了 他们 不 给 退 也 不 给 延期',
    '我 爸 在 一 家 足疗 店 充 了 五 万 多 店 关 了 老板 联系 不上 是不是 要 报警',
    '美发 店 办 卡 的 时候 说 是 终身 卡 现在 说 终身 是 指 店 的 终身',
    '商家 不 给 办 卡 的 和同 只 给 了 一 张 卡 现在 出 了 问题 没 证据 怎么办',
    'my gym closed suddenly and i still have 10 months on membership how to get money back',
    'my hair salon prepaid card the shop changed owner and new owner refuse to honor it',
    'yoga studio wont freeze my membership while i am pregnant',
    '孩子 的 英语 培训班 上 了 三 节 课 不 想 上 了 机构 说 一 分 都 不 退',
    '网课 报名 的 时候 说 包 过 不 过 全额 退款 现在 没 考 过 他们 不 认账',
    '培训 机构 诱导 我 贷款 交 学费 现在 课 没 上 完 机构 倒闭 了 贷款 还 得 还 吗',
    '驾校 报名 交 了 钱 一直 排 不 上 车 想 退 学费 要 扣 一 大 半',
    '呃 那个 我 报 了 个 学 会计 的 网课 退 课 的 时候 说 要 扣 资料费 两 千',
    '成人 学历 提升 机构 说 保证 拿 证 交 了 一 万 八 现在 说 国家 政策 变 了',
    '托管 班 老师 体罚 孩子 我们 要 退 费 能 找 你们 吗',
    'i paid deposit for a chinese language school and they disapear',
    'online course promised a job after finish but no job and no refund',
    '手机 话费 莫名其妙 多 扣 了 二 十 块 一 查 是 订 了 什么 增值 业务',
    '宽带 合约 期 没 到 我 搬家 了 新 地方 没有 覆盖 他们 要 我 交 围约金',
    '营业厅 让 我 办 了 个 套餐 说 是 免费 升级 结果 每 个 月 多 扣 三 十',
    '喂 我 想 注销 手机 号 营业厅 说 必须 回 开户 地 办',
    '家里 宽代 老是 断网 报修 了 好 几 次 都 莫得 人 来',
    '我 的 手机 卡 被 运营商 停机 了 说 我 涉嫌 诈骗 我 根本 没有',
    '那个 运营商 给 我 打电话 推销 套餐 一 天 打 三 四 次 烦 死 了',
    'my china mobile bill has extra charge for a service i never subscribe',
    'i want to cancel broadband contract but they say i must pay penalty even tho i am leaving china',
    '快第 丢 了 快递 公司 只 按 运费 的 三 倍 赔 我 东西 值 两 千',
    '快递员 没 打 电话 直接 放 快递柜 还 收 我 超时 费',
    '我 的 快递 显示 已 签收 但是 我 根本 没 收到',
    '快递 送 到 的 时候 里面 的 东西 摔 碎 了 快递员 让 我 先 签收 再 说',
    '寄 快递 没 保价 丢 了 就 不 赔 了 吗',
    '那个 就是 我 的 快件 被 别人 冒领 了 驿站 说 监控 坏 了',
    'delivery man left my package outside the door and it got stolen who is responsable',
    'express company broke my package and say because no insurance they pay nothing',
    'moving company raised the price after loading all my furniture in the truck',
    '跟 团 去 云南 导游 强制 购物 不 买 就 甩 脸子',
    '旅行社 临时 改 了 行程 少 去 了 两 个 景点 能 退 钱 吗',
    '在 旅游 景点 买 的 玉 回来 鉴定 是 假 的 商家 在 外省 怎么 投诉',
    '喂 你好 景区 门票 买 了 当天 下 大雨 关 园 了 不 给 退',
    '旅游 合同 写 的 四星 酒店 实际 住 的 是 小 旅馆',
    '导游 把 我们 扔 在 半路 上 说 要 加 钱 才 继续 走',
    'travel agency tour guide forced us to stay in a jade store for 3 hours',
    '航班 延误 了 六 个 小时 航空 公司 一 分钱 都 不 赔',
    '我 在 第三方 平台 买 的 机票 退票 手续费 比 航空 公司 官网 高 好多',
    '买 机票 的 时候 被 默认 勾选 了 保险 和 优惠券 包 多 花 了 一 百 多',
    '航空 公司 超售 了 我 上 不 了 飞机 他们 说 给 三 百 块 补偿 就 完 了',
    '行李 托运 以后 箱子 轮子 摔 坏 了 航空 公司 说 轮子 属于 易损件 不 赔',
    '呃 我 退 机票 说 特价 票 不 能 退 只 能 退 机场 建设费',
    'the airline lost my luggage and only offer 100 rmb per kg',
    'my flight delayed 8 hours do they have to compensate me',
    'the train ticket website sold me insurance i didnt choose',
    '酒店 订 的 是 大床房 到 了 说 没有 了 只 给 标间 也 不 降价',
    '民宿 照片 跟 实际 差 太多 了 到 了 想 退 房东 不 给 退',
    '在 订房 平台 订 的 酒店 显示 免费 取消 取消 了 却 扣 了 我 一 晚 的 钱',
    '那个 酒店 压金 退房 一 个 星期 了 还 没 退 回来',
    '节假日 酒店 房价 涨 了 五 倍 忒 黑 了 吧 这 合法 吗',
    'hotel charged my credit card twice and front desk say its system problem wait 15 days',
    'hotel website said free cancellation but still charge me one night',
    'homestay looks totally diffrent from the photos and host refuse any refund',
    '无业 费 年年 涨 服务 越来越 差 我 可以 不 交 吗',
    '装修 公司 收 了 首付款 工人 来 了 两 天 就 不 来 了',
    '装修 用 的 瓷砖 不是 合同 上 写 的 品牌 被 偷偷 换 了',
    '喂 你好 我 家 装休 完 半年 墙面 开裂 卫生间 漏水 装修 公司 不 管',
    '中介 收 了 我 一 个 月 房租 的 中介费 住 进去 才 发现 房东 是 二房东',
    '长租 公寓 跑路 了 我 交 了 一 年 的 房租 房东 现在 要 赶 我 走',
    '装修 合同 签 的 是 全包 结果 做 到 一半 说 要 增项 加 三 万',
    '呃 就是 那个 新 装修 的 房子 甲醛 超标 装修 公司 说 用 的 都是 环保 材料',
    '租房 中介 的 房源 照片 跟 实际 完全 两 样 看 房 还 要 收 看房费',
    '家里 水管 爆 了 找 的 上门 维修 师傅 换 个 阀门 要 八 百 这 不是 乱 收费 吗',
    'rental agency keep my deposit when i move out saying the wall is dirty is this legal',
    'renovation company used different tiles than written in contract',
    'my apartment management company charge me elevator fee even im living on first floor',
    'the property management cut off my water because i didnt pay the fee',
    '买 的 冰箱 不 到 一 个 月 就 不 制冷 了 商家 只 给 修 不 给 换',
    '洗衣机 散包 期 内 修 了 三 次 还是 坏 能 不 能 要求 换 新 的',
    '空调 安装 的 时候 师傅 说 要 加 铜管 一 米 一 百 块 一共 收 了 我 一 千 多 这 也 太 坑 了 伐',
    '电视机 刚 过 保修期 一 个 星期 就 黑屏 了 厂家 说 要 自费 修',
    '喂 我 家 热水器 漏电 差点 出 事 厂家 说 是 我们 家 线路 问题',
    '三包 规定 的 七 天 退货 十五 天 换货 是 从 哪 天 开始 算 的',
    '空调 售后 上门 检测 要 收 上门费 可 我 的 机器 还 在 保修期 里',
    '燃气灶 用 了 半年 玻璃 面板 自己 炸 了 吓 死 我 了',
    '电器 的 发飘 丢 了 还 能 享受 三包 吗',
    '网上 搜 的 官方 售后 电话 结果 是 假 的 来 的 师傅 乱 收费',
    '有 人 上门 说 我 家 水 有 毒 让 我 买 他 的 净水器 一 万 多 装 完 我 后悔 了',
    'my washing machine broke after 2 months repair guy says i need pay for parts but its under warranty',
    'bought air conditioner and installer charged extra 800 for copper pipe',
    'bought an electric bike the battery catch fire at home seller say not their problem',
    '新车 提 回来 发现 车门 补 过 漆 经销商 说 是 正常 的 出厂 修复',
    '买 车 的 时候 被 强制 收 了 金融 服务费 五 千 块',
    '车子 买 了 三 个 月 发动机 就 漏油 了 能 退 车 不',
    '二手车 买 回来 才 发现 是 泡水车 车商 说 合同 写 了 不 保证 车况',
    '二手车 的 公里 数 被 调 过 表 了 实际 跑 了 二 十 多 万',
    '喂 你好 汽车 保养 的 时候 被 换 了 好多 没 必要 换 的 零件',
    '新能源 汽车 宣传 续航 五 百 公里 实际 跑 不 到 三 百',
    '买 车 交 了 五 千 块 收据 上 写 的 是 订金 现在 不 想 买 了 他们 说 是 定金 不 退 这 两 个 有 啥 区别',
    '洗车 的 时候 把 我 的 车 划 了 洗车 店 不 认账',
    'bought a used car and the dealer hide that it was in a flood',
    'my new car has paint scratches on delivery dealer says it was like that from factory',
    'the taxi app charged me much more than the estimated price shown before',
    '新 买 的 手机 用 了 三 天 就 自动 关机 商家 说 要 送 去 检测 十五 天',
    '手机 维修 店 把 我 手机 的 原装 屏幕 换 成 了 组装 的',
    '我 在 专卖店 买 的 笔记本 电脑 屏幕 有 亮点 他们 说 三 个 以内 不 算 质量 问题',
    '手机 碎屏 险 理赔 的 时候 找 各种 理由 拒赔',
    '买 的 充电宝 充电 的 时候 鼓包 了 还 冒烟',
    '手机 回收 的 时候 说 好 的 价格 寄 过去 以后 说 有 问题 只 给 一半 钱 手机 也 不 给 寄 回来',
    '平板 的 保修卡 上 写 的 人为 损坏 不 保修 我 没 摔 过 他们 非 说 有 进水',
    'bought iphone from a shop in huaqiangbei and its a refurbished one not new',
    'phone repair shop replaced my original screen with a cheap one without telling',
    'vending machine eat my money and no drink come out the phone number on machine no answer',
    '美容院 说 给 我 打 的 是 水光针 我 怀疑 根本 不是 正规 产品',
    '做 的 双眼皮 一边 大 一边 小 医美 机构 说 要 等 半年 恢复',
    '在 生活 美容 店 打 了 玻尿酸 脸 肿 了 他们 有 这个 资制 吗',
    '美容院 免费 体验 结果 做 了 一半 说 要 办 卡 才 能 继续 做',
    '医美 机构 诱导 我 办 分期 贷款 做 项目 现在 不 想 做 了',
    '那个 美容 店 用 的 护肤品 是 三无 产品 我 用 了 脸 过敏',
    '减肥 中心 说 不 瘦 退款 我 一 斤 没 瘦 他们 说 是 我 没 按 要求 吃',
    'the beauty salon injected something in my face now its swollen i think they dont have licence',
    'dentist clinic said the implant is imported brand but receipt show a domestic one',
    '俺 娘 去 听 啥 健康 讲座 买 了 一 万 多 的 保建品 说 能 治 高血压',
    '老人 被 拉 去 免费 旅游 其实 是 去 卖 床垫 说 能 治 病 买 了 两 万 多',
    '喂 我 爸 在 小区 门口 领 鸡蛋 领 了 一 个 月 最后 买 了 三 万 的 磁疗 仪器',
    '那个 卖 保健品 的 把 我 奶奶 的 身份证 拿去 办 了 会员 不 给 我们 看 合同',
    '老年人 买 的 保健品 还 没 拆封 能 不 能 要求 退 商家 说 已经 过 了 期限',
    '我 家 老人 花 了 八 万 买 了 所谓 的 量子 水杯 这 能 退 吗',
    '电视 购物 买 的 助听器 根本 听 不 清 退货 电话 打 不 通',
    'my mom bought health supplement at a free seminar for 20000 yuan they claim it cure diabetes',
    'is there cooling off period for contract signed at home like door to door sales',
    '我 儿子 十 岁 偷偷 用 我 手机 在 游戏 里 充 了 六 千 多 能 退 吗',
    '孩子 给 主波 打赏 了 两 万 块 钱 平台 说 要 证明 是 未成年人 干 的',
    '喂 那个 我 家 孩子 用 我 的 微信 买 了 好多 游戏 皮肤 游戏 公司 不 退',
    '盲盒 店 就 开 在 小学 门口 孩子 天天 去 买 有 没有 规定 不 能 卖 给 小学生',
    '孩子 在 抓 娃娃 机 店 里 花 了 好 几 百 一 个 都 抓 不 到 是不是 机器 调 过',
    '我 女儿 十四 岁 在 直播 平台 充 了 钱 实名 认证 用 的 是 她 奶奶 的 身份证',
    '游戏 抽奖 概率 标 的 是 百分之 一 我 孩子 抽 了 几 百 次 都 没 抽 到',
    'hi my kid spent 3000 yuan in a mobile game without my permision can i get refund',
    'my son tipped a streamer 5000 yuan using my alipay he is only 12',
    '宠物 店 买 的 狗崽 回 屋 三 天 就 查 出 细小 病毒 死 了',
    '宠物 医院 看 病 收费 太 贵 了 没有 明细 单 就 收 了 三 千',
    '宠物 寄养 回来 狗 瘦 了 一 大 圈 还 受 了 伤',
    '网上 买 的 猫粮 猫 吃 了 以后 呕吐 怀疑 是 假 猫粮',
    'pet shop sold me a sick puppy and it died after one week',
    '殡仪馆 的 丧葬 用品 价格 特别 贵 而且 强制 必须 在 他们 那 买',
    '家里 老人 去世 了 医院 门口 的 殡葬 一条龙 收 了 我们 三 万 多 没有 明细',
    '墓地 销售 说 的 风水 好 的 位置 交 了 钱 以后 说 卖 出去 了 给 我 换 了 个 孬 的',
    '婚庆 公司 婚礼 当天 少 了 好 几 样 合同 里 写 的 布置',
    '婚纱照 拍 完 了 选片 的 时候 要 另外 加 钱 一 张 两 百',
    '酒店 婚宴 订 了 二 十 桌 家里 有 事 想 往 后 推 酒店 说 定金 不 退 也 不 能 改 日子',
    '呃 那个 婚介 所 交 了 两 万 会员费 介绍 的 人 都 是 托',
    'funeral service charged us for many things we never agreed',
    'wedding photo studio ask extra money for every single picture we choose',
    '买 手机 的 时候 送 的 延保 服务 出 了 问题 去 找 说 延保 公司 倒闭 了',
    '汽车 道路 救援 会员 一 年 三 百 打电话 叫 救援 说 不 在 服务 范围',
    '家电 延保 卡 买 了 以后 维修 还是 要 收 钱',
    '会员 自动 续费 每年 扣 我 两 百 多 我 都 不 知道 开通 过',
    '我 刚 买 完 房子 就 有 好多 装修 公司 打电话 我 的 新息 是 谁 泄露 的',
    '商场 进门 要 人脸 识别 不 刷 脸 不 让 进 这 合法 吗',
    '喂 办 会员卡 要 我 身份证 号 和 家庭 住址 我 不 想 给',
    '快递 单 上 的 信息 被 泄露 了 接到 诈骗 电话 说 我 快递 丢 了 要 理赔',
    '那个 手机 软件 不 给 通讯录 权限 就 不 让 用 这 个 能 投诉 吗',
    'app keeps asking my contacts and location or it wont work is that legal',
    'scammer pretend to be taobao customer service called me and know my order details who leaked it',
    '停车场 收费 没有 公示 标准 一 个 小时 收 了 我 二 十',
    '理发 的 时候 说 洗 剪 吹 三 十 八 做 完 说 用 了 什么 高级 药水 要 三 百',
    '酒吧 里 点 了 一 瓶 酒 埋单 的 时候 说 是 一 万 二 菜单 上 根本 没 标价',
    '双 十一 预售 付 了 定金 付 尾款 的 时候 发现 比 平时 还 贵',
    '网约车 同样 的 路程 我 手机 打车 比 同事 贵 是不是 大 数据 杀熟',
    '商家 说 全场 一 折 起 结果 只有 一 双 袜子 是 一 折',
    '景区 的 观光车 不 坐 进 不 去 而且 票 是 另外 收 的',
    'shop says 70 percent off but the original price was never real they raised it before',
    '在 商场 专柜 买 的 名牌 包 后来 发现 是 高仿 的',
    '喂 你好 我 买 的 白酒 说 是 茅台 喝 着 不 对 怎么 见定 真 假',
    '网上 买 的 球鞋 鉴定 平台 说 是 假 的 卖家 说 鉴定 不 准',
    'counterfeit perfume from a tmall flagship store how i prove it is fake',
    'can i report anonymously a small shop selling fake cigarettes near my home',
    '退 一 赔 三 是 怎么 算 的 按 商品 标价 还是 按 我 实际 付 的 钱',
    '我 想 问 一下 假 一 赔 十 是 商家 自己 承诺 的 现在 不 兑现 怎么办',
    '期诈 赔偿 三 倍 不足 五 百 块 的 按 五 百 赔 对 吗',
    '呃 我 是 知道 东西 有 问题 还 买 的 还 能 要 十 倍 赔偿 吗',
    'how i calculate the triple compensation for fraud is it on the price or what i paid',
    '我 没有 留 发票 只有 微信 付款 记录 能 当 正据 吗',
    '质量 问题 需要 检测 检测 费用 谁 出 要是 检测 出来 没 问题 呢',
    '商家 口头 承诺 的 没有 写 在 合同 里 我 录音 了 算 证据 吗',
    '喂 东西 已经 被 我 扔 了 只 有 照片 还 能 投诉 吗',
    '投诉 以后 多久 能 有 结果',
    '我 投宿 了 一 个 月 了 还 没 人 联系 我 是不是 没 人 管 了',
    '我 作为 消费着 能 不 能 匿名 举报 这 家 店 卖 过期 食品 怕 被 报复',
    '调解 不 成功 的 话 我 还 能 怎么 办 是不是 只 能 去 法院',
    '那个 投诉 和 举报 有 什么 区别 我 应该 选 哪 个',
    '商加 在 外地 我 应该 向 哪 里 的 市场 监管 局 投诉',
    '喂 你好 我 的 投诉 被 终止 调解 了 说 商家 不 同意 调解 那 我 的 钱 怎么办',
    '举报 了 有 奖励 吗 我 听说 举报 食品 问题 有 奖金',
    '投诉 以后 商家 打电话 来 求 我 撤 我 撤 了 以后 他 又 不 认 了 还 能 再 投诉 吗',
    '消费 纠纷 过 了 多久 就 不 能 投诉 了',
    '我 对 处理 结果 不 满意 可以 复议 吗',
    'how do i file complaint to 12315 as a foreigner do i need chinese id card',
    'can i write my complain in english or it must be in chinese',
    'how long does it take for 12315 to respond to my complain',
    'what if the shop refuse mediation can 12315 force them to pay',
    'i dont speak chinese well can someone call me back in english',
    'which department handle complaints about bank card annual fee is it 12315 or other',
    '我 也 不 知道 该 不 该 找 你们 就是 觉得 被 骗 了',
    '喂 喂 听 得 见 吗 我 买 了 个 东西 那个 有 问题',
    '健身房 跑路 了 私教 费 是 他们 推荐 的 分期 付 的 现在 金融 公司 还 在 扣 我 钱',
    '买 的 电动车 电池 充电 起火 把 家里 烧 了 一 块 商家 只 愿意 赔 电池 的 钱',
    '网上 找 人 算命 说 不 灵 退款 现在 不 灵 也 不 退',
    '商家 送 的 赠品 出 了 质量 问题 伤 了 人 赠品 也 要 负责 吗',
    '我 在 商场 滑倒 了 地上 有 水 没 放 提示 牌 商场 要 不 要 赔',
    'not sure if this is right place but a shop sold me something and i think i was cheated',
    (
        '喂 你好 我 上 个 月 在 一 家 装修 公司 签 了 合同 交 了 三 万 块 的 定金 然后 他们 说 下 个 礼拜 开工 '
        '结果 到 现在 也 没 开工 打电话 也 不 接 我 去 他们 公司 一 看 门 都 关 了 我 现在 不 知道 是 找 你们 还是 '
        '报警'
    ),
    (
        '呃 我 想 问 一下 我 老 母亲 今年 七 十 八 了 她 前 段 时间 天天 去 一 个 养生 会馆 听 课 人家 送 她 鸡蛋 '
        '挂面 后来 让 她 买 了 一 套 理疗 仪 三 万 八 签 了 字 我们 子女 都 不 知道 现在 想 退 那个 店 说 老人 '
        '自愿 买 的 不 给 退'
    ),
    (
        '那个 我 在 网上 买 了 一 台 冰箱 送货 的 时候 外包装 是 好 的 我 就 签收 了 结果 打开 一 看 侧面 有 一 个 '
        '大 坑 我 拍 了 照 商家 说 我 签收 了 就 代表 没 问题 让 我 找 物流 物流 又 让 我 找 商家 两 边 踢 皮球'
    ),
    (
        '你好 我 是 外地 来 旅游 的 在 一 个 海鲜 排挡 吃饭 点 菜 的 时候 服务员 说 是 三 十 八 一 份 结账 的 时候 '
        '说 是 三 十 八 一 两 一 盘 虾 就 要 了 我们 一 千 多 我们 不 给 他们 就 不 让 走 现在 人 还 在 店 里'
    ),
    (
        '孩子 的 培训班 去年 九月 一 次 性 交 了 两 年 的 学费 四 万 多 当时 说 有 优惠 今年 老师 全 换 了 校区 也 '
        '搬 到 很 远 的 地方 我们 去 不 了 要求 退 剩下 的 钱 他们 说 已经 上 的 课 要 按 原价 算 剩下 的 没 多少 '
        '了 这 合理 吗'
    ),
    (
        '喂 是 一二三一五 吗 我 在 一 个 手机 店 买 了 个 手机 店员 说 是 全新 的 国行 我 回 家 一 查 激活 时间 是 '
        '半年 前 而且 是 什么 官 换 机 他 说 官 换 机 也 是 新 的 我 觉得 他 是 骗 我 能 要 三 倍 赔偿 吗'
    ),
    (
        '就是 我们 小区 物业 换 了 一 家 新 的 公司 来 了 以后 说 要 重新 交 物业费 以前 预交 给 老 物业 的 一 年 '
        '他们 不 认 好多 业主 都 交 过 了 现在 两 家 物业 都 推 来 推 去 你们 管 不 管 这 个 事'
    ),
    (
        '我 在 二手车 平台 上 买 了 辆 车 他们 说 有 两 百 多 项 检测 没有 事故 开 到 修理厂 保养 人家 说 这 车 '
        '明显 是 大 事故 车 纵梁 都 切 过 我 去 找 平台 平台 说 检测 报告 只 代表 当时 的 情况 我 该 怎么 维权'
    ),
]

OFF_TOPIC_ELEVENTH: list[str] = [
    '明天 北京 会 不 会 下雨',
    '喂 我 的 车 闯 红灯 被 拍 了 罚款 在 哪 里 交',
    '离婚 的 时候 房子 怎么 分',
    '个人 所得税 专项 附加 扣除 怎么 填',
    '你 觉得 现在 买 哪 个 股票 能 涨',
    '我 最近 老是 头疼 晚上 睡 不着 是 什么 病',
    '呃 我 想 找 个 工作 你们 这 招 人 吗',
    'what is the weather in shanghai tomorrow',
    'how do i extend my work visa in china',
    '那个 公积金 怎么 提取 出来 买 房',
    '孩子 上 小学 要 准备 什么 材料 户口 不 在 本地',
    '老公 打 我 我 该 找 哪 里',
    '喂 你好 我 家 楼上 天天 半夜 装修 吵 得 睡 不着',
    '今天 人民币 兑 美元 汇率 是 多少 我 想 换 点 钱',
    'can you recommend a good stock to buy now',
    'i have fever and cough which hospital should i go',
    '我 想 开 个 网店 卖 东西 要 办 什么 手续',
    '商家 欠 我 的 工资 三 个 月 没 发 找 谁',
    '我 借 给 朋友 五 万 块 钱 他 不 还 怎么办',
    '邻居 家 的 狗 咬 了 我 要 去 打 疫苗 吗',
    '高考 分数线 什么 时候 出',
    'how to get a chinese driving licence with my foreign licence',
    'whats the best price for flights to bangkok next month',
    '帮 我 算 一下 三 百 八 十 七 乘 以 二 十 四 等于 多少',
    '我 卖 房子 要 交 多少 税',
    '我 是 开 饭店 的 顾客 吃 完 饭 不 给 钱 跑 了 我 能 怎么办',
    '退休金 今年 涨 多少',
    '喂 我 的 医保 卡 丢 了 怎么 补办',
    'how do i apply refund of my individual income tax as a foreigner',
    'i want to open a small shop selling coffee what licence is needed',
    '讲 个 笑话 给 我 听 吧',
    '比特币 现在 还 能 买 吗 会 不 会 跌',
    '淘宝 开店 怎么 提高 销量',
    '去 西藏 旅游 高原 反应 怎么 预防',
    '我 的 驾照 扣 满 十二 分 了 怎么 办',
    '我 想 退 出 一 个 微信 群 怎么 操作',
    '房东 要 卖 房子 我 想 买 下来 现在 房贷 利率 是 多少',
    'my employer didnt pay salary for two months where to complain',
    '便宜 的 机票 一般 什么 时候 买 最 划算',
    'how to send money home from china bank account cheapest way',
]

# (question, first label, first runner-up, second label, second runner-up): two labellers, each on their own
LABELS_BOTH: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    (
        '我 在 网上 买 的 衣服 穿 了 一 次 还 能 七 天 无 理由 退货 吗',
        'online_seven_day_return', 'seven_day_return_exceptions',
        'online_seven_day_return', 'seven_day_return_exceptions',
    ),
    (
        '喂 你好 我 想 问 一下 拼多多 上 买 的 东西 商家 不 给 退 咋整',
        'online_seven_day_return', 'defective_goods_remedies', 'online_seven_day_return', 'defective_goods_remedies',
    ),
    (
        '商家 说 定制 商品 不 支持 无 理由 退货 可 我 买 的 就是 普通 的 窗帘 只是 按 我 家 尺寸 裁 了 一下',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '那个 我 退货 寄 回去 快 两 个 礼拜 了 商家 说 没 收到 推款 一直 不 到账',
        'express_lost_or_damaged', 'online_seven_day_return', 'express_lost_or_damaged', 'online_seven_day_return',
    ),
    (
        '呃 就是 我 拆 了 包装 商家 就 说 影响 二次 销售 不 给 退 了',
        'online_seven_day_return', 'seven_day_return_exceptions',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        '买 的 生鲜 水果 到 的 时候 一半 都 烂 了 商家 只 肯 赔 五 块 钱',
        'spoiled_on_arrival', 'goods_damaged_in_transit', 'spoiled_on_arrival', 'goods_damaged_in_transit',
    ),
    (
        '仅 退款 被 商家 拒绝 了 平台 课服 也 不 管 我 该 找 谁',
        'online_platform_liability', 'defective_goods_remedies',
        'online_platform_liability', 'complaint_jurisdiction_2026',
    ),
    (
        '我 买 的 羽绒服 洗 了 一 次 就 掉 毛 掉 得 厉害 这 算 指量 问题 吗',
        'defective_goods_remedies', 'online_goods_quality', 'defective_goods_remedies', 'online_goods_quality',
    ),
    (
        '外国 网站 海淘 买 的 东西 出 了 问题 你们 管 不 管',
        'cross_border_purchase', None, 'cross_border_purchase', None,
    ),
    (
        '那个 我 想 问 下 商品 页面 写 的 是 真皮 收到 是 人造革 这 属于 欺诈 吗',
        'fraud_three_fold', 'online_goods_quality', 'fraud_three_fold', 'online_goods_quality',
    ),
    (
        '卖家 让 我 给 好评 说 返 我 十 块 钱 结果 好评 了 钱 没 给',
        None, 'promotion_rules_coupons', None, 'promotion_rules_coupons',
    ),
    (
        '我 给 了 个 差评 商家 天天 打电话 骚扰 我 还 发 短信 骂人',
        'personal_information', 'marketing_calls_and_messages', 'personal_information', None,
    ),
    (
        '我 退货 的 时候 商家 说 要 扣 百分之 二十 的 折旧费 这个 合法 吗',
        'refund_at_invoice_price', 'online_seven_day_return', 'refund_at_invoice_price', 'online_seven_day_return',
    ),
    (
        '我 买 了 一 双 运动鞋 穿 了 半 个 月 就 开胶 了 卖家 说 过 了 七 天 不 管 了',
        'defective_goods_remedies', 'online_goods_quality', 'defective_goods_remedies', 'online_goods_quality',
    ),
    (
        '电商 平台 上 的 先 用 后 付 我 没 点 过 怎么 就 给 我 开通 了 还 扣 了 钱',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        'hi i bought a dress on taobao it came in wrong size and seller refuse to exchange what can i do',
        'online_goods_quality', 'online_seven_day_return', 'online_goods_quality', 'online_seven_day_return',
    ),
    (
        'what is the 7 day no reason return rule does it apply to everything',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    (
        'i want to return unopened cosmetics but seller say cosmetic cant be returned is it true',
        'seven_day_return_exceptions', 'online_seven_day_return',
        'seven_day_return_exceptions', 'online_seven_day_return',
    ),
    ('recieved a parcel i never ordered and the courier ask me to pay cash on delivery', None, None, None, None),
    (
        'i received damaged furniture from jd and they want me pay the return shipping for big item',
        'goods_damaged_in_transit', 'return_shipping_cost', 'goods_damaged_in_transit', 'return_shipping_cost',
    ),
    (
        'my subscription auto renewed and i cant find where to cancel it',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '直播间 主播 说 原价 一 千 多 现在 只要 九 十 九 买 回来 一 看 根本 不 值 这个 价',
        'price_fraud_fake_discount', 'false_advertising', 'price_fraud_fake_discount', 'false_advertising',
    ),
    (
        '在 抖音 直播 里 买 的 玉石 手镯 说 是 天然 的 拿去 鉴定 是 染色 的',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '喂 你好 快手 上 的 主播 卖 的 减肥 茶 喝 了 一直 拉肚子 怎么 投诉',
        'food_ten_fold', 'health_food_claims', 'food_ten_fold', 'health_food_claims',
    ),
    (
        '那个 直波间 抢 的 福袋 说 是 中奖 了 要 我 付 邮费 收到 的 是 一 堆 垃圾',
        'blind_box_contents', 'fraud_three_fold', 'blind_box_contents', 'fraud_three_fold',
    ),
    (
        '主播 说 直播间 的 东西 一律 不 退 不 换 这个 规定 有效 吗',
        'unfair_standard_terms', 'online_seven_day_return', 'unfair_standard_terms', 'online_seven_day_return',
    ),
    (
        '看 直播 买 的 翡翠 花 了 八 千 块 主播 说 是 天然 没有 处理 过 的 我 去 哪 里 鉴定',
        'evidence_to_keep', 'fraud_three_fold', 'evidence_to_keep', 'fraud_three_fold',
    ),
    (
        '我 妈 在 直播间 买 了 好多 东西 主播 天天 叫 她 姐姐 家里 堆 满 了 钱 都 花 光 了',
        None, None, None, 'online_seven_day_return',
    ),
    (
        'livestream seller promised a free gift with my order but i never got it',
        'promotion_rules_coupons', None, 'promotion_rules_coupons', None,
    ),
    (
        'i paid in a douyin live room but product never shipped and the store disapeared',
        'online_platform_liability', 'order_cancelled_not_shipped',
        'online_platform_liability', 'order_cancelled_not_shipped',
    ),
    (
        '社区 团购 的 菜 缺斤 少两 团长 说 不是 她 的 责任',
        'short_weight', 'online_platform_liability', 'short_weight', None,
    ),
    (
        '小区 团购 群 里 买 的 冻肉 解冻 以后 有 异味 群主 直接 把 我 踢 出 群 了',
        'food_ten_fold', 'spoiled_on_arrival', 'food_ten_fold', 'social_media_daigou_fake',
    ),
    (
        '美团 上 买 的 团购 券 到 了 店 里 商家 说 不 接待 团购 了 要 按 原价',
        'promotion_rules_coupons', 'prepaid_refund', 'promotion_rules_coupons', 'prepaid_refund',
    ),
    (
        '呃 就是 我们 拼团 买 的 那个 课程 没 成团 钱 也 不 退 回来',
        'training_refund', 'order_cancelled_not_shipped', 'training_refund', 'order_cancelled_not_shipped',
    ),
    (
        'group buying coupon from dianping the restaurant dont accept it anymore',
        'promotion_rules_coupons', 'prepaid_refund', 'promotion_rules_coupons', 'prepaid_refund',
    ),
    (
        '闲鱼 上 买 的 二手 手机 卖家 说 没 修 过 拿到 发现 换 过 屏幕',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', None,
    ),
    (
        '二手 平台 上 个人 卖家 卖 假货 可以 投诉 吗 他 说 他 不是 商家 不 归 你们 管',
        'second_hand_individual_seller', 'social_media_daigou_fake',
        'second_hand_individual_seller', 'social_media_daigou_fake',
    ),
    (
        '我 在 二手 平台 卖 东西 买家 收到 后 说 是 假 的 要 退 寄 回来 的 根本 不是 我 那 个',
        None, 'second_hand_individual_seller', None, 'second_hand_individual_seller',
    ),
    (
        '闲鱼 买 的 二手 包 卖家 保证 是 正品 专柜 说 是 假 的 能 要 三 倍 赔偿 吗',
        'second_hand_individual_seller', 'fraud_three_fold', 'second_hand_individual_seller', 'fraud_three_fold',
    ),
    (
        'seller on xianyu send me fake sneakers and then block me',
        'second_hand_individual_seller', 'online_platform_liability',
        'second_hand_individual_seller', 'social_media_daigou_fake',
    ),
    (
        'i bought a second hand phone and its locked by icloud seller says not his problem',
        'second_hand_individual_seller', None, 'second_hand_individual_seller', 'defective_goods_remedies',
    ),
    (
        '我 在 超市 买 的 酸奶 过气 了 三 天 还 在 卖 能 要 十 倍 赔偿 吗',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    ('喂 你好 外买 里 吃 出 头发 了 商家 只 给 退 五 块 钱', 'food_ten_fold', None, 'food_ten_fold', None),
    (
        '在 饭店 吃 完 饭 回去 上吐下泻 去 医院 花 了 好 几 百 找 饭店 他们 不 认',
        'restaurant_food_poisoning', 'evidence_to_keep', 'restaurant_food_poisoning', 'personal_injury',
    ),
    (
        '外卖 吃 出 一 只 蟑螂 我 拍照 了 现在 想 投诉 这 家 店',
        'food_ten_fold', 'evidence_to_keep', 'food_ten_fold', 'evidence_to_keep',
    ),
    (
        '火锅店 收 了 餐位费 还 收 纸巾 钱 菜单 上 都 没 写',
        'price_tag_mismatch', 'corkage_minimum_spend', 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    ('我 在 奶茶 店 买 的 奶茶 喝 出 一 个 塑料 片 咋个 办', 'food_ten_fold', None, 'food_ten_fold', None),
    (
        '那个 就是 超市 熟食 区 买 的 卤肉 吃 了 以后 全家 都 肚子 疼',
        'food_ten_fold', 'restaurant_food_poisoning', 'food_ten_fold', 'restaurant_food_poisoning',
    ),
    (
        '买 的 进口 奶粉 没有 中文 标签 能 不 能 退 还 能 要 赔偿 吗',
        'food_ten_fold', 'food_label_flaw', 'food_ten_fold', 'food_label_flaw',
    ),
    (
        '食品 包装 上 写 的 零 添加 结果 配料表 里 有 防腐剂 能 投诉 吗',
        'food_label_flaw', 'false_advertising', 'food_label_flaw', 'false_advertising',
    ),
    (
        '我 孩子 在 学校 门口 小卖部 买 的 辣条 吃 了 呕吐',
        'food_ten_fold', 'personal_injury', 'food_ten_fold', 'personal_injury',
    ),
    (
        '外卖 吃 出 钢丝球 的 丝 差点 划破 嘴 我 想 要 一 千 块 赔偿 过分 吗',
        'food_ten_fold', 'personal_injury', 'food_ten_fold', 'personal_injury',
    ),
    (
        '过期 食品 十 倍 赔偿 不足 一 千 的 是不是 按 一 千 赔',
        'food_ten_fold', 'expired_food', 'food_ten_fold', 'expired_food',
    ),
    (
        'ordered food on meituan found a hair in it restaurant only want to refund 5 yuan',
        'food_ten_fold', None, 'food_ten_fold', None,
    ),
    (
        'restaurant charge me for tea and wet towel i didnt order is this allowed',
        'price_tag_mismatch', 'corkage_minimum_spend', 'price_tag_mismatch', 'corkage_minimum_spend',
    ),
    (
        'bought milk powder for my baby and its expired how much compansation can i get',
        'expired_food', 'food_ten_fold', 'expired_food', 'food_ten_fold',
    ),
    (
        'can i get 10 times compensation for imported food with no chinese label',
        'food_ten_fold', 'food_label_flaw', 'food_ten_fold', 'food_label_flaw',
    ),
    (
        'hi i got food poisoning after eating at a hotpot restaurant what evidence i need',
        'restaurant_food_poisoning', 'evidence_to_keep', 'restaurant_food_poisoning', 'evidence_to_keep',
    ),
    (
        'the price on the menu was per 500g but when paying they said it was per 50g',
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        '超市 货架 上 标 的 价格 跟 结账 的 价格 不 一样 多 收 了 我 钱',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    ('超市 存包柜 里 的 东西 丢 了 超市 说 不 负责', None, 'unfair_standard_terms', None, 'unfair_standard_terms'),
    (
        '喂 就是 超市 收银员 多 扫 了 一 件 东西 回家 才 晓得 小票 还 在',
        'price_tag_mismatch', 'evidence_to_keep', 'price_tag_mismatch', None,
    ),
    (
        '商场 说 满 三 百 减 一 百 但是 先 涨 了 价 再 减 这 算 不 算 虚假 打折',
        'price_fraud_fake_discount', 'promotion_rules_coupons',
        'price_fraud_fake_discount', 'promotion_rules_coupons',
    ),
    (
        '店里 标价 二 十 九 块 九 收银 的 时候 收 了 我 二 百 九 十 九',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '商家 标 的 原价 从来 没有 卖 过 是 编 出来 的 原价 怎么 举报',
        'price_fraud_fake_discount', 'complaint_or_report', 'price_fraud_fake_discount', 'complaint_or_report',
    ),
    (
        'the supermarket price on shelf is lower than what they charge me at cashier',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    ('is it legal for a shop to refuse cash payment', None, None, None, None),
    (
        'shop refuse to give me fapiao invoice they say price is without tax',
        'invoice_refused', None, 'invoice_refused', None,
    ),
    (
        '建身房 突然 关门 了 我 办 的 年卡 还 剩 八 个 月 怎么 退 钱',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        '我 在 理发店 冲 了 三 千 块 现在 老板 跑 了 门 都 锁 了',
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '美容院 办 的 卡 我 不 想 做 了 要 退 钱 店家 说 只 能 退 一半',
        'prepaid_refund', 'beauty_salon_injury', 'prepaid_refund', 'beauty_salon_injury',
    ),
    (
        '喂 你好 我 孩子 的 游泳 课 充值 了 两 万 培训 机构 搬 走 了',
        'prepaid_shop_closed', 'training_refund', 'prepaid_shop_closed', 'training_refund',
    ),
    (
        '洗车 卡 充 了 一 千 洗车 店 换 了 老板 新 老板 说 不 认 以前 的 卡',
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        '预付卡 商家 说 卡 里 的 钱 不 退 只 能 消费 这 有 法律 规定 吗',
        'prepaid_refund', 'unfair_standard_terms', 'prepaid_refund', 'unfair_standard_terms',
    ),
    (
        '蛋糕 店 的 储值卡 过期 了 里面 还 有 四 百 多 块 店家 说 作废 了 这 叫 啥 事 嘛',
        'prepaid_card_expiry', None, 'prepaid_card_expiry', None,
    ),
    (
        '那个 我 在 瑜伽馆 办 了 卡 后来 怀孕 了 不 能 练 了 他们 不 给 退 也 不 给 延期',
        'gym_membership', 'prepaid_refund', 'gym_membership', 'prepaid_refund',
    ),
    (
        '我 爸 在 一 家 足疗 店 充 了 五 万 多 店 关 了 老板 联系 不上 是不是 要 报警',
        'prepaid_shop_closed', None, 'prepaid_shop_closed', None,
    ),
    (
        '美发 店 办 卡 的 时候 说 是 终身 卡 现在 说 终身 是 指 店 的 终身',
        'unfair_standard_terms', 'prepaid_refund', 'prepaid_refund', 'prepaid_shop_closed',
    ),
    (
        '商家 不 给 办 卡 的 和同 只 给 了 一 张 卡 现在 出 了 问题 没 证据 怎么办',
        'evidence_to_keep', 'prepaid_refund', 'evidence_to_keep', 'prepaid_refund',
    ),
    (
        'my gym closed suddenly and i still have 10 months on membership how to get money back',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        'my hair salon prepaid card the shop changed owner and new owner refuse to honor it',
        'prepaid_shop_closed', 'prepaid_refund', 'prepaid_shop_closed', 'prepaid_refund',
    ),
    (
        'yoga studio wont freeze my membership while i am pregnant',
        'gym_membership', 'prepaid_refund', 'gym_membership', 'prepaid_refund',
    ),
    (
        '孩子 的 英语 培训班 上 了 三 节 课 不 想 上 了 机构 说 一 分 都 不 退',
        'training_refund', 'prepaid_refund', 'training_refund', None,
    ),
    (
        '网课 报名 的 时候 说 包 过 不 过 全额 退款 现在 没 考 过 他们 不 认账',
        'training_refund', 'false_advertising', 'training_refund', 'false_advertising',
    ),
    (
        '培训 机构 诱导 我 贷款 交 学费 现在 课 没 上 完 机构 倒闭 了 贷款 还 得 还 吗',
        'training_refund', 'prepaid_shop_closed', 'training_refund', 'prepaid_shop_closed',
    ),
    (
        '驾校 报名 交 了 钱 一直 排 不 上 车 想 退 学费 要 扣 一 大 半',
        'training_refund', 'prepaid_refund', 'training_refund', 'prepaid_refund',
    ),
    (
        '呃 那个 我 报 了 个 学 会计 的 网课 退 课 的 时候 说 要 扣 资料费 两 千',
        'training_refund', None, 'training_refund', None,
    ),
    (
        '成人 学历 提升 机构 说 保证 拿 证 交 了 一 万 八 现在 说 国家 政策 变 了',
        'training_refund', 'false_advertising', 'training_refund', 'false_advertising',
    ),
    ('托管 班 老师 体罚 孩子 我们 要 退 费 能 找 你们 吗', 'training_refund', None, 'training_refund', None),
    (
        'i paid deposit for a chinese language school and they disapear',
        'prepaid_shop_closed', 'training_refund', 'prepaid_shop_closed', 'training_refund',
    ),
    (
        'online course promised a job after finish but no job and no refund',
        'training_refund', 'false_advertising', 'training_refund', 'false_advertising',
    ),
    (
        '手机 话费 莫名其妙 多 扣 了 二 十 块 一 查 是 订 了 什么 增值 业务',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    (
        '宽带 合约 期 没 到 我 搬家 了 新 地方 没有 覆盖 他们 要 我 交 围约金',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        '营业厅 让 我 办 了 个 套餐 说 是 免费 升级 结果 每 个 月 多 扣 三 十',
        'telecom_unordered_services', 'free_phone_contract_bundle',
        'telecom_unordered_services', 'free_phone_contract_bundle',
    ),
    (
        '喂 我 想 注销 手机 号 营业厅 说 必须 回 开户 地 办',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    ('家里 宽代 老是 断网 报修 了 好 几 次 都 莫得 人 来', None, 'broadband_contract_exit', None, None),
    ('我 的 手机 卡 被 运营商 停机 了 说 我 涉嫌 诈骗 我 根本 没有', None, None, None, None),
    (
        '那个 运营商 给 我 打电话 推销 套餐 一 天 打 三 四 次 烦 死 了',
        'marketing_calls_and_messages', None, 'marketing_calls_and_messages', None,
    ),
    (
        'my china mobile bill has extra charge for a service i never subscribe',
        'telecom_unordered_services', None, 'telecom_unordered_services', None,
    ),
    (
        'i want to cancel broadband contract but they say i must pay penalty even tho i am leaving china',
        'broadband_contract_exit', None, 'broadband_contract_exit', None,
    ),
    (
        '快第 丢 了 快递 公司 只 按 运费 的 三 倍 赔 我 东西 值 两 千',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        '快递员 没 打 电话 直接 放 快递柜 还 收 我 超时 费',
        None, 'express_lost_or_damaged', None, 'express_lost_or_damaged',
    ),
    (
        '我 的 快递 显示 已 签收 但是 我 根本 没 收到',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        '快递 送 到 的 时候 里面 的 东西 摔 碎 了 快递员 让 我 先 签收 再 说',
        'express_lost_or_damaged', 'goods_damaged_in_transit', 'express_lost_or_damaged', 'goods_damaged_in_transit',
    ),
    ('寄 快递 没 保价 丢 了 就 不 赔 了 吗', 'express_lost_or_damaged', None, 'express_lost_or_damaged', None),
    (
        '那个 就是 我 的 快件 被 别人 冒领 了 驿站 说 监控 坏 了',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        'delivery man left my package outside the door and it got stolen who is responsable',
        'express_lost_or_damaged', None, 'express_lost_or_damaged', None,
    ),
    (
        'express company broke my package and say because no insurance they pay nothing',
        'express_lost_or_damaged', 'goods_damaged_in_transit', 'express_lost_or_damaged', None,
    ),
    (
        'moving company raised the price after loading all my furniture in the truck',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    ('跟 团 去 云南 导游 强制 购物 不 买 就 甩 脸子', 'travel_forced_shopping', None, 'travel_forced_shopping', None),
    (
        '旅行社 临时 改 了 行程 少 去 了 两 个 景点 能 退 钱 吗',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    (
        '在 旅游 景点 买 的 玉 回来 鉴定 是 假 的 商家 在 外省 怎么 投诉',
        'complaint_jurisdiction_2026', 'fraud_three_fold', 'complaint_jurisdiction_2026', 'fraud_three_fold',
    ),
    ('喂 你好 景区 门票 买 了 当天 下 大雨 关 园 了 不 给 退', None, None, None, None),
    (
        '旅游 合同 写 的 四星 酒店 实际 住 的 是 小 旅馆',
        'travel_itinerary_change', None, 'travel_itinerary_change', None,
    ),
    (
        '导游 把 我们 扔 在 半路 上 说 要 加 钱 才 继续 走',
        'travel_itinerary_change', 'travel_forced_shopping', 'travel_itinerary_change', 'travel_forced_shopping',
    ),
    (
        'travel agency tour guide forced us to stay in a jade store for 3 hours',
        'travel_forced_shopping', None, 'travel_forced_shopping', None,
    ),
    (
        '航班 延误 了 六 个 小时 航空 公司 一 分钱 都 不 赔',
        None, 'air_ticket_refund_fee', None, 'air_ticket_refund_fee',
    ),
    (
        '我 在 第三方 平台 买 的 机票 退票 手续费 比 航空 公司 官网 高 好多',
        'air_ticket_refund_fee', None, 'air_ticket_refund_fee', None,
    ),
    (
        '买 机票 的 时候 被 默认 勾选 了 保险 和 优惠券 包 多 花 了 一 百 多',
        None, 'price_tag_mismatch', None, 'price_tag_mismatch',
    ),
    (
        '航空 公司 超售 了 我 上 不 了 飞机 他们 说 给 三 百 块 补偿 就 完 了',
        None, None, None, 'air_ticket_refund_fee',
    ),
    (
        '行李 托运 以后 箱子 轮子 摔 坏 了 航空 公司 说 轮子 属于 易损件 不 赔',
        None, 'express_lost_or_damaged', None, None,
    ),
    (
        '呃 我 退 机票 说 特价 票 不 能 退 只 能 退 机场 建设费',
        'air_ticket_refund_fee', None, 'air_ticket_refund_fee', None,
    ),
    ('the airline lost my luggage and only offer 100 rmb per kg', None, 'express_lost_or_damaged', None, None),
    ('my flight delayed 8 hours do they have to compensate me', None, None, None, None),
    ('the train ticket website sold me insurance i didnt choose', None, None, None, None),
    (
        '酒店 订 的 是 大床房 到 了 说 没有 了 只 给 标间 也 不 降价',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        '民宿 照片 跟 实际 差 太多 了 到 了 想 退 房东 不 给 退',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        '在 订房 平台 订 的 酒店 显示 免费 取消 取消 了 却 扣 了 我 一 晚 的 钱',
        None, 'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured',
    ),
    ('那个 酒店 压金 退房 一 个 星期 了 还 没 退 回来', None, 'deposit_refund', None, 'deposit_refund'),
    ('节假日 酒店 房价 涨 了 五 倍 忒 黑 了 吧 这 合法 吗', None, None, None, None),
    (
        'hotel charged my credit card twice and front desk say its system problem wait 15 days',
        None, 'price_tag_mismatch', None, 'price_tag_mismatch',
    ),
    (
        'hotel website said free cancellation but still charge me one night',
        None, 'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured',
    ),
    (
        'homestay looks totally diffrent from the photos and host refuse any refund',
        'hotel_booking_not_honoured', None, 'hotel_booking_not_honoured', None,
    ),
    (
        '无业 费 年年 涨 服务 越来越 差 我 可以 不 交 吗',
        'property_management_fees', None, 'property_management_fees', None,
    ),
    (
        '装修 公司 收 了 首付款 工人 来 了 两 天 就 不 来 了',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '装修 用 的 瓷砖 不是 合同 上 写 的 品牌 被 偷偷 换 了',
        'home_renovation_dispute', 'fraud_three_fold', 'home_renovation_dispute', None,
    ),
    (
        '喂 你好 我 家 装休 完 半年 墙面 开裂 卫生间 漏水 装修 公司 不 管',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    ('中介 收 了 我 一 个 月 房租 的 中介费 住 进去 才 发现 房东 是 二房东', None, None, None, None),
    (
        '长租 公寓 跑路 了 我 交 了 一 年 的 房租 房东 现在 要 赶 我 走',
        None, 'prepaid_shop_closed', None, 'prepaid_shop_closed',
    ),
    (
        '装修 合同 签 的 是 全包 结果 做 到 一半 说 要 增项 加 三 万',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '呃 就是 那个 新 装修 的 房子 甲醛 超标 装修 公司 说 用 的 都是 环保 材料',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        '租房 中介 的 房源 照片 跟 实际 完全 两 样 看 房 还 要 收 看房费',
        None, 'false_advertising', None, 'false_advertising',
    ),
    (
        '家里 水管 爆 了 找 的 上门 维修 师傅 换 个 阀门 要 八 百 这 不是 乱 收费 吗',
        None, 'price_tag_mismatch', None, 'price_tag_mismatch',
    ),
    (
        'rental agency keep my deposit when i move out saying the wall is dirty is this legal',
        None, 'deposit_refund', None, None,
    ),
    (
        'renovation company used different tiles than written in contract',
        'home_renovation_dispute', None, 'home_renovation_dispute', None,
    ),
    (
        'my apartment management company charge me elevator fee even im living on first floor',
        'property_management_fees', None, 'property_management_fees', None,
    ),
    (
        'the property management cut off my water because i didnt pay the fee',
        'property_management_fees', None, 'property_management_fees', None,
    ),
    (
        '买 的 冰箱 不 到 一 个 月 就 不 制冷 了 商家 只 给 修 不 给 换',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
        'sanbao_seven_fifteen_days', 'defective_goods_remedies',
    ),
    (
        '洗衣机 散包 期 内 修 了 三 次 还是 坏 能 不 能 要求 换 新 的',
        'sanbao_two_repairs', None, 'sanbao_two_repairs', None,
    ),
    (
        '空调 安装 的 时候 师傅 说 要 加 铜管 一 米 一 百 块 一共 收 了 我 一 千 多 这 也 太 坑 了 伐',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '电视机 刚 过 保修期 一 个 星期 就 黑屏 了 厂家 说 要 自费 修',
        'warranty_period_start', 'sanbao_period_length', 'sanbao_period_length', 'claim_time_limit',
    ),
    (
        '喂 我 家 热水器 漏电 差点 出 事 厂家 说 是 我们 家 线路 问题',
        'defect_burden_of_proof', 'personal_injury', 'defect_burden_of_proof', None,
    ),
    (
        '三包 规定 的 七 天 退货 十五 天 换货 是 从 哪 天 开始 算 的',
        'warranty_period_start', 'sanbao_seven_fifteen_days', 'warranty_period_start', 'sanbao_seven_fifteen_days',
    ),
    (
        '空调 售后 上门 检测 要 收 上门费 可 我 的 机器 还 在 保修期 里',
        None, 'sanbao_period_length', None, 'defect_burden_of_proof',
    ),
    (
        '燃气灶 用 了 半年 玻璃 面板 自己 炸 了 吓 死 我 了',
        'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies', 'personal_injury',
    ),
    ('电器 的 发飘 丢 了 还 能 享受 三包 吗', 'warranty_card_lost', None, 'warranty_card_lost', None),
    (
        '网上 搜 的 官方 售后 电话 结果 是 假 的 来 的 师傅 乱 收费',
        None, 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '有 人 上门 说 我 家 水 有 毒 让 我 买 他 的 净水器 一 万 多 装 完 我 后悔 了',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        'my washing machine broke after 2 months repair guy says i need pay for parts but its under warranty',
        None, 'defect_burden_of_proof', 'defect_burden_of_proof', 'sanbao_period_length',
    ),
    (
        'bought air conditioner and installer charged extra 800 for copper pipe',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        'bought an electric bike the battery catch fire at home seller say not their problem',
        'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies', 'personal_injury',
    ),
    (
        '新车 提 回来 发现 车门 补 过 漆 经销商 说 是 正常 的 出厂 修复',
        'used_car_concealed_history', 'car_sanbao_return', 'used_car_concealed_history', 'car_sanbao_return',
    ),
    (
        '买 车 的 时候 被 强制 收 了 金融 服务费 五 千 块',
        'car_dealer_extra_fees', None, 'car_dealer_extra_fees', None,
    ),
    (
        '车子 买 了 三 个 月 发动机 就 漏油 了 能 退 车 不',
        'car_sanbao_return', 'car_warranty_periods', 'car_sanbao_return', 'car_warranty_periods',
    ),
    (
        '二手车 买 回来 才 发现 是 泡水车 车商 说 合同 写 了 不 保证 车况',
        'used_car_concealed_history', 'unfair_standard_terms', 'used_car_concealed_history', 'unfair_standard_terms',
    ),
    (
        '二手车 的 公里 数 被 调 过 表 了 实际 跑 了 二 十 多 万',
        'used_car_concealed_history', 'fraud_three_fold', 'used_car_concealed_history', 'fraud_three_fold',
    ),
    (
        '喂 你好 汽车 保养 的 时候 被 换 了 好多 没 必要 换 的 零件',
        None, 'fraud_three_fold', None, 'fraud_three_fold',
    ),
    (
        '新能源 汽车 宣传 续航 五 百 公里 实际 跑 不 到 三 百',
        'false_advertising', 'car_sanbao_return', 'false_advertising', None,
    ),
    (
        '买 车 交 了 五 千 块 收据 上 写 的 是 订金 现在 不 想 买 了 他们 说 是 定金 不 退 这 两 个 有 啥 区别',
        'deposit_refund', None, 'deposit_refund', None,
    ),
    ('洗车 的 时候 把 我 的 车 划 了 洗车 店 不 认账', None, 'evidence_to_keep', None, None),
    (
        'bought a used car and the dealer hide that it was in a flood',
        'used_car_concealed_history', None, 'used_car_concealed_history', None,
    ),
    (
        'my new car has paint scratches on delivery dealer says it was like that from factory',
        'used_car_concealed_history', 'car_sanbao_return', 'used_car_concealed_history', 'car_sanbao_return',
    ),
    (
        'the taxi app charged me much more than the estimated price shown before',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '新 买 的 手机 用 了 三 天 就 自动 关机 商家 说 要 送 去 检测 十五 天',
        'sanbao_seven_fifteen_days', None, 'sanbao_seven_fifteen_days', None,
    ),
    ('手机 维修 店 把 我 手机 的 原装 屏幕 换 成 了 组装 的', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        '我 在 专卖店 买 的 笔记本 电脑 屏幕 有 亮点 他们 说 三 个 以内 不 算 质量 问题',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
        'defective_goods_remedies', 'sanbao_seven_fifteen_days',
    ),
    ('手机 碎屏 险 理赔 的 时候 找 各种 理由 拒赔', None, None, None, None),
    (
        '买 的 充电宝 充电 的 时候 鼓包 了 还 冒烟',
        'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies', 'product_recall',
    ),
    (
        '手机 回收 的 时候 说 好 的 价格 寄 过去 以后 说 有 问题 只 给 一半 钱 手机 也 不 给 寄 回来',
        None, None, None, None,
    ),
    (
        '平板 的 保修卡 上 写 的 人为 损坏 不 保修 我 没 摔 过 他们 非 说 有 进水',
        'defect_burden_of_proof', None, 'defect_burden_of_proof', None,
    ),
    (
        'bought iphone from a shop in huaqiangbei and its a refurbished one not new',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        'phone repair shop replaced my original screen with a cheap one without telling',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        'vending machine eat my money and no drink come out the phone number on machine no answer',
        None, None, None, None,
    ),
    (
        '美容院 说 给 我 打 的 是 水光针 我 怀疑 根本 不是 正规 产品',
        'fraud_three_fold', 'beauty_salon_injury', 'beauty_salon_injury', 'fraud_three_fold',
    ),
    (
        '做 的 双眼皮 一边 大 一边 小 医美 机构 说 要 等 半年 恢复',
        'beauty_salon_injury', 'personal_injury', 'beauty_salon_injury', 'personal_injury',
    ),
    (
        '在 生活 美容 店 打 了 玻尿酸 脸 肿 了 他们 有 这个 资制 吗',
        'beauty_salon_injury', None, 'beauty_salon_injury', None,
    ),
    (
        '美容院 免费 体验 结果 做 了 一半 说 要 办 卡 才 能 继续 做',
        'beauty_salon_injury', None, 'beauty_salon_injury', None,
    ),
    (
        '医美 机构 诱导 我 办 分期 贷款 做 项目 现在 不 想 做 了',
        'beauty_salon_injury', 'prepaid_refund', 'beauty_salon_injury', 'prepaid_refund',
    ),
    (
        '那个 美容 店 用 的 护肤品 是 三无 产品 我 用 了 脸 过敏',
        'beauty_salon_injury', 'cosmetics_allergy', 'beauty_salon_injury', 'cosmetics_allergy',
    ),
    (
        '减肥 中心 说 不 瘦 退款 我 一 斤 没 瘦 他们 说 是 我 没 按 要求 吃',
        'prepaid_refund', 'false_advertising', 'false_advertising', 'prepaid_refund',
    ),
    (
        'the beauty salon injected something in my face now its swollen i think they dont have licence',
        'beauty_salon_injury', None, 'beauty_salon_injury', None,
    ),
    (
        'dentist clinic said the implant is imported brand but receipt show a domestic one',
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        '俺 娘 去 听 啥 健康 讲座 买 了 一 万 多 的 保建品 说 能 治 高血压',
        'health_food_claims', None, 'health_food_claims', 'fraud_three_fold',
    ),
    (
        '老人 被 拉 去 免费 旅游 其实 是 去 卖 床垫 说 能 治 病 买 了 两 万 多',
        'false_advertising', 'fraud_three_fold', 'false_advertising', 'fraud_three_fold',
    ),
    (
        '喂 我 爸 在 小区 门口 领 鸡蛋 领 了 一 个 月 最后 买 了 三 万 的 磁疗 仪器',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '那个 卖 保健品 的 把 我 奶奶 的 身份证 拿去 办 了 会员 不 给 我们 看 合同',
        'personal_information', None, 'personal_information', None,
    ),
    (
        '老年人 买 的 保健品 还 没 拆封 能 不 能 要求 退 商家 说 已经 过 了 期限',
        None, 'online_seven_day_return', None, 'online_seven_day_return',
    ),
    (
        '我 家 老人 花 了 八 万 买 了 所谓 的 量子 水杯 这 能 退 吗',
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        '电视 购物 买 的 助听器 根本 听 不 清 退货 电话 打 不 通',
        'online_seven_day_return', 'defective_goods_remedies', 'online_seven_day_return', 'defective_goods_remedies',
    ),
    (
        'my mom bought health supplement at a free seminar for 20000 yuan they claim it cure diabetes',
        'health_food_claims', None, 'health_food_claims', 'fraud_three_fold',
    ),
    (
        'is there cooling off period for contract signed at home like door to door sales',
        None, 'online_seven_day_return', None, 'online_seven_day_return',
    ),
    (
        '我 儿子 十 岁 偷偷 用 我 手机 在 游戏 里 充 了 六 千 多 能 退 吗',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '孩子 给 主波 打赏 了 两 万 块 钱 平台 说 要 证明 是 未成年人 干 的',
        'minor_online_payment_refund', 'evidence_to_keep', 'minor_online_payment_refund', None,
    ),
    (
        '喂 那个 我 家 孩子 用 我 的 微信 买 了 好多 游戏 皮肤 游戏 公司 不 退',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '盲盒 店 就 开 在 小学 门口 孩子 天天 去 买 有 没有 规定 不 能 卖 给 小学生',
        None, 'blind_box_contents', None, 'blind_box_contents',
    ),
    ('孩子 在 抓 娃娃 机 店 里 花 了 好 几 百 一 个 都 抓 不 到 是不是 机器 调 过', None, None, None, None),
    (
        '我 女儿 十四 岁 在 直播 平台 充 了 钱 实名 认证 用 的 是 她 奶奶 的 身份证',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        '游戏 抽奖 概率 标 的 是 百分之 一 我 孩子 抽 了 几 百 次 都 没 抽 到',
        None, 'false_advertising', None, 'minor_online_payment_refund',
    ),
    (
        'hi my kid spent 3000 yuan in a mobile game without my permision can i get refund',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    (
        'my son tipped a streamer 5000 yuan using my alipay he is only 12',
        'minor_online_payment_refund', None, 'minor_online_payment_refund', None,
    ),
    ('宠物 店 买 的 狗崽 回 屋 三 天 就 查 出 细小 病毒 死 了', 'pet_sold_sick', None, 'pet_sold_sick', None),
    (
        '宠物 医院 看 病 收费 太 贵 了 没有 明细 单 就 收 了 三 千',
        None, 'price_tag_mismatch', None, 'price_tag_mismatch',
    ),
    ('宠物 寄养 回来 狗 瘦 了 一 大 圈 还 受 了 伤', None, None, None, None),
    (
        '网上 买 的 猫粮 猫 吃 了 以后 呕吐 怀疑 是 假 猫粮',
        'defective_goods_remedies', 'fraud_three_fold', 'defective_goods_remedies', 'fraud_three_fold',
    ),
    ('pet shop sold me a sick puppy and it died after one week', 'pet_sold_sick', None, 'pet_sold_sick', None),
    ('殡仪馆 的 丧葬 用品 价格 特别 贵 而且 强制 必须 在 他们 那 买', None, None, None, None),
    (
        '家里 老人 去世 了 医院 门口 的 殡葬 一条龙 收 了 我们 三 万 多 没有 明细',
        None, 'price_tag_mismatch', None, 'price_tag_mismatch',
    ),
    (
        '墓地 销售 说 的 风水 好 的 位置 交 了 钱 以后 说 卖 出去 了 给 我 换 了 个 孬 的',
        None, 'fraud_three_fold', 'fraud_three_fold', None,
    ),
    ('婚庆 公司 婚礼 当天 少 了 好 几 样 合同 里 写 的 布置', None, None, None, None),
    (
        '婚纱照 拍 完 了 选片 的 时候 要 另外 加 钱 一 张 两 百',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '酒店 婚宴 订 了 二 十 桌 家里 有 事 想 往 后 推 酒店 说 定金 不 退 也 不 能 改 日子',
        'deposit_refund', None, 'deposit_refund', 'unfair_standard_terms',
    ),
    ('呃 那个 婚介 所 交 了 两 万 会员费 介绍 的 人 都 是 托', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        'funeral service charged us for many things we never agreed',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        'wedding photo studio ask extra money for every single picture we choose',
        'price_tag_mismatch', None, 'price_tag_mismatch', None,
    ),
    (
        '买 手机 的 时候 送 的 延保 服务 出 了 问题 去 找 说 延保 公司 倒闭 了',
        None, None, None, 'prepaid_shop_closed',
    ),
    ('汽车 道路 救援 会员 一 年 三 百 打电话 叫 救援 说 不 在 服务 范围', None, None, None, None),
    ('家电 延保 卡 买 了 以后 维修 还是 要 收 钱', None, None, None, None),
    (
        '会员 自动 续费 每年 扣 我 两 百 多 我 都 不 知道 开通 过',
        'auto_renewal_without_consent', None, 'auto_renewal_without_consent', None,
    ),
    (
        '我 刚 买 完 房子 就 有 好多 装修 公司 打电话 我 的 新息 是 谁 泄露 的',
        'personal_information', 'marketing_calls_and_messages',
        'personal_information', 'marketing_calls_and_messages',
    ),
    (
        '商场 进门 要 人脸 识别 不 刷 脸 不 让 进 这 合法 吗',
        'personal_information', None, 'personal_information', None,
    ),
    (
        '喂 办 会员卡 要 我 身份证 号 和 家庭 住址 我 不 想 给',
        'personal_information', None, 'personal_information', None,
    ),
    (
        '快递 单 上 的 信息 被 泄露 了 接到 诈骗 电话 说 我 快递 丢 了 要 理赔',
        'personal_information', None, 'personal_information', None,
    ),
    (
        '那个 手机 软件 不 给 通讯录 权限 就 不 让 用 这 个 能 投诉 吗',
        'personal_information', None, 'personal_information', None,
    ),
    (
        'app keeps asking my contacts and location or it wont work is that legal',
        'personal_information', None, 'personal_information', None,
    ),
    (
        'scammer pretend to be taobao customer service called me and know my order details who leaked it',
        'personal_information', None, 'personal_information', None,
    ),
    ('停车场 收费 没有 公示 标准 一 个 小时 收 了 我 二 十', 'price_tag_mismatch', None, 'price_tag_mismatch', None),
    (
        '理发 的 时候 说 洗 剪 吹 三 十 八 做 完 说 用 了 什么 高级 药水 要 三 百',
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', None,
    ),
    (
        '酒吧 里 点 了 一 瓶 酒 埋单 的 时候 说 是 一 万 二 菜单 上 根本 没 标价',
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', None,
    ),
    (
        '双 十一 预售 付 了 定金 付 尾款 的 时候 发现 比 平时 还 贵',
        'price_fraud_fake_discount', 'deposit_refund', 'price_fraud_fake_discount', 'deposit_refund',
    ),
    ('网约车 同样 的 路程 我 手机 打车 比 同事 贵 是不是 大 数据 杀熟', None, None, None, None),
    (
        '商家 说 全场 一 折 起 结果 只有 一 双 袜子 是 一 折',
        'price_fraud_fake_discount', 'false_advertising', 'price_fraud_fake_discount', 'false_advertising',
    ),
    ('景区 的 观光车 不 坐 进 不 去 而且 票 是 另外 收 的', None, 'unfair_standard_terms', None, None),
    (
        'shop says 70 percent off but the original price was never real they raised it before',
        'price_fraud_fake_discount', None, 'price_fraud_fake_discount', None,
    ),
    ('在 商场 专柜 买 的 名牌 包 后来 发现 是 高仿 的', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        '喂 你好 我 买 的 白酒 说 是 茅台 喝 着 不 对 怎么 见定 真 假',
        'evidence_to_keep', 'food_ten_fold', 'evidence_to_keep', 'fraud_three_fold',
    ),
    (
        '网上 买 的 球鞋 鉴定 平台 说 是 假 的 卖家 说 鉴定 不 准',
        'fraud_three_fold', 'evidence_to_keep', 'evidence_to_keep', 'fraud_three_fold',
    ),
    (
        'counterfeit perfume from a tmall flagship store how i prove it is fake',
        'evidence_to_keep', 'fraud_three_fold', 'evidence_to_keep', 'fraud_three_fold',
    ),
    (
        'can i report anonymously a small shop selling fake cigarettes near my home',
        'anonymous_report', None, 'anonymous_report', None,
    ),
    (
        '退 一 赔 三 是 怎么 算 的 按 商品 标价 还是 按 我 实际 付 的 钱',
        'fraud_three_fold', 'refund_at_invoice_price', 'fraud_three_fold', 'refund_at_invoice_price',
    ),
    (
        '我 想 问 一下 假 一 赔 十 是 商家 自己 承诺 的 现在 不 兑现 怎么办',
        'fraud_three_fold', 'promotion_rules_coupons', 'fraud_three_fold', 'promotion_rules_coupons',
    ),
    ('期诈 赔偿 三 倍 不足 五 百 块 的 按 五 百 赔 对 吗', 'fraud_three_fold', None, 'fraud_three_fold', None),
    (
        '呃 我 是 知道 东西 有 问题 还 买 的 还 能 要 十 倍 赔偿 吗',
        'food_ten_fold', 'fraud_three_fold', 'food_ten_fold', 'fraud_three_fold',
    ),
    (
        'how i calculate the triple compensation for fraud is it on the price or what i paid',
        'fraud_three_fold', 'refund_at_invoice_price', 'fraud_three_fold', 'refund_at_invoice_price',
    ),
    (
        '我 没有 留 发票 只有 微信 付款 记录 能 当 正据 吗',
        'evidence_to_keep', 'warranty_card_lost', 'evidence_to_keep', 'warranty_card_lost',
    ),
    (
        '质量 问题 需要 检测 检测 费用 谁 出 要是 检测 出来 没 问题 呢',
        'defect_burden_of_proof', 'evidence_to_keep', 'defect_burden_of_proof', 'evidence_to_keep',
    ),
    (
        '商家 口头 承诺 的 没有 写 在 合同 里 我 录音 了 算 证据 吗',
        'evidence_to_keep', None, 'evidence_to_keep', None,
    ),
    ('喂 东西 已经 被 我 扔 了 只 有 照片 还 能 投诉 吗', 'evidence_to_keep', None, 'evidence_to_keep', None),
    ('投诉 以后 多久 能 有 结果', 'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None),
    (
        '我 投宿 了 一 个 月 了 还 没 人 联系 我 是不是 没 人 管 了',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        '我 作为 消费着 能 不 能 匿名 举报 这 家 店 卖 过期 食品 怕 被 报复',
        'anonymous_report', None, 'anonymous_report', 'expired_food',
    ),
    (
        '调解 不 成功 的 话 我 还 能 怎么 办 是不是 只 能 去 法院',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    ('那个 投诉 和 举报 有 什么 区别 我 应该 选 哪 个', 'complaint_or_report', None, 'complaint_or_report', None),
    (
        '商加 在 外地 我 应该 向 哪 里 的 市场 监管 局 投诉',
        'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026', None,
    ),
    (
        '喂 你好 我 的 投诉 被 终止 调解 了 说 商家 不 同意 调解 那 我 的 钱 怎么办',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    ('举报 了 有 奖励 吗 我 听说 举报 食品 问题 有 奖金', 'anonymous_report', None, 'anonymous_report', None),
    (
        '投诉 以后 商家 打电话 来 求 我 撤 我 撤 了 以后 他 又 不 认 了 还 能 再 投诉 吗',
        None, 'mediation_failed_next_steps', None, 'mediation_failed_next_steps',
    ),
    ('消费 纠纷 过 了 多久 就 不 能 投诉 了', 'claim_time_limit', None, 'claim_time_limit', None),
    (
        '我 对 处理 结果 不 满意 可以 复议 吗',
        'mediation_failed_next_steps', 'complaint_or_report', 'mediation_failed_next_steps', None,
    ),
    ('how do i file complaint to 12315 as a foreigner do i need chinese id card', None, None, None, None),
    ('can i write my complain in english or it must be in chinese', None, None, None, None),
    (
        'how long does it take for 12315 to respond to my complain',
        'complaint_acceptance_time_2026', None, 'complaint_acceptance_time_2026', None,
    ),
    (
        'what if the shop refuse mediation can 12315 force them to pay',
        'mediation_failed_next_steps', None, 'mediation_failed_next_steps', None,
    ),
    ('i dont speak chinese well can someone call me back in english', None, None, None, None),
    (
        'which department handle complaints about bank card annual fee is it 12315 or other',
        None, 'complaint_jurisdiction_2026', None, 'complaint_jurisdiction_2026',
    ),
    ('我 也 不 知道 该 不 该 找 你们 就是 觉得 被 骗 了', None, 'fraud_three_fold', None, 'fraud_three_fold'),
    (
        '喂 喂 听 得 见 吗 我 买 了 个 东西 那个 有 问题',
        'defective_goods_remedies', 'evidence_to_keep', None, 'defective_goods_remedies',
    ),
    (
        '健身房 跑路 了 私教 费 是 他们 推荐 的 分期 付 的 现在 金融 公司 还 在 扣 我 钱',
        'prepaid_shop_closed', 'gym_membership', 'prepaid_shop_closed', 'gym_membership',
    ),
    (
        '买 的 电动车 电池 充电 起火 把 家里 烧 了 一 块 商家 只 愿意 赔 电池 的 钱',
        'personal_injury', 'defective_goods_remedies', 'personal_injury', 'defective_goods_remedies',
    ),
    ('网上 找 人 算命 说 不 灵 退款 现在 不 灵 也 不 退', None, None, None, None),
    (
        '商家 送 的 赠品 出 了 质量 问题 伤 了 人 赠品 也 要 负责 吗',
        'personal_injury', 'defective_goods_remedies', 'personal_injury', 'promotion_rules_coupons',
    ),
    (
        '我 在 商场 滑倒 了 地上 有 水 没 放 提示 牌 商场 要 不 要 赔',
        'personal_injury', None, 'personal_injury', None,
    ),
    (
        'not sure if this is right place but a shop sold me something and i think i was cheated',
        None, 'fraud_three_fold', None, 'fraud_three_fold',
    ),
    (
        ('喂 你好 我 上 个 月 在 一 家 装修 公司 签 了 合同 交 了 三 万 块 的 定金 然后 他们 说 下 个 礼拜 开工 '
         '结果 到 现在 也 没 开工 打电话 也 不 接 我 去 他们 公司 一 看 门 都 关 了 我 现在 不 知道 是 找 你们 '
         '还是 报警'),
        'home_renovation_dispute', 'prepaid_shop_closed', 'home_renovation_dispute', 'prepaid_shop_closed',
    ),
    (
        ('呃 我 想 问 一下 我 老 母亲 今年 七 十 八 了 她 前 段 时间 天天 去 一 个 养生 会馆 听 课 人家 送 她 '
         '鸡蛋 挂面 后来 让 她 买 了 一 套 理疗 仪 三 万 八 签 了 字 我们 子女 都 不 知道 现在 想 退 那个 店 说 '
         '老人 自愿 买 的 不 给 退'),
        'fraud_three_fold', 'false_advertising', 'fraud_three_fold', 'false_advertising',
    ),
    (
        ('那个 我 在 网上 买 了 一 台 冰箱 送货 的 时候 外包装 是 好 的 我 就 签收 了 结果 打开 一 看 侧面 有 一 '
         '个 大 坑 我 拍 了 照 商家 说 我 签收 了 就 代表 没 问题 让 我 找 物流 物流 又 让 我 找 商家 两 边 踢 '
         '皮球'),
        'goods_damaged_in_transit', 'express_lost_or_damaged', 'goods_damaged_in_transit', None,
    ),
    (
        ('你好 我 是 外地 来 旅游 的 在 一 个 海鲜 排挡 吃饭 点 菜 的 时候 服务员 说 是 三 十 八 一 份 结账 的 '
         '时候 说 是 三 十 八 一 两 一 盘 虾 就 要 了 我们 一 千 多 我们 不 给 他们 就 不 让 走 现在 人 还 在 店 '
         '里'),
        'price_tag_mismatch', 'fraud_three_fold', 'price_tag_mismatch', 'fraud_three_fold',
    ),
    (
        ('孩子 的 培训班 去年 九月 一 次 性 交 了 两 年 的 学费 四 万 多 当时 说 有 优惠 今年 老师 全 换 了 校区 '
         '也 搬 到 很 远 的 地方 我们 去 不 了 要求 退 剩下 的 钱 他们 说 已经 上 的 课 要 按 原价 算 剩下 的 没 '
         '多少 了 这 合理 吗'),
        'training_refund', 'prepaid_refund', 'training_refund', 'prepaid_refund',
    ),
    (
        ('喂 是 一二三一五 吗 我 在 一 个 手机 店 买 了 个 手机 店员 说 是 全新 的 国行 我 回 家 一 查 激活 时间 '
         '是 半年 前 而且 是 什么 官 换 机 他 说 官 换 机 也 是 新 的 我 觉得 他 是 骗 我 能 要 三 倍 赔偿 吗'),
        'fraud_three_fold', None, 'fraud_three_fold', None,
    ),
    (
        ('就是 我们 小区 物业 换 了 一 家 新 的 公司 来 了 以后 说 要 重新 交 物业费 以前 预交 给 老 物业 的 一 '
         '年 他们 不 认 好多 业主 都 交 过 了 现在 两 家 物业 都 推 来 推 去 你们 管 不 管 这 个 事'),
        'property_management_fees', 'prepaid_shop_closed', 'property_management_fees', 'prepaid_shop_closed',
    ),
    (
        ('我 在 二手车 平台 上 买 了 辆 车 他们 说 有 两 百 多 项 检测 没有 事故 开 到 修理厂 保养 人家 说 这 车 '
         '明显 是 大 事故 车 纵梁 都 切 过 我 去 找 平台 平台 说 检测 报告 只 代表 当时 的 情况 我 该 怎么 维权'),
        'used_car_concealed_history', 'online_platform_liability', 'used_car_concealed_history', None,
    ),
]

# The set's labels are the first labeller's (chosen before any measurement); the second's are compared in
# bench/knowledge_agreement.py and counted as a second measure in bench/knowledge_blind_bench.py.
ELEVENTH_LABELLED: list[tuple[str, str | None]] = [(q, first) for q, first, _, _, _ in LABELS_BOTH]
ELEVENTH_SECOND_LABELLED: list[tuple[str, str | None]] = [(q, second) for q, _, _, second, _ in LABELS_BOTH]

# the same 73 entries, valid on 2026-12-01, that the tenth set's labeller was shown
LABELLED_AGAINST: frozenset[str] = TENTH_LABELLED_AGAINST
