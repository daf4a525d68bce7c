"""Word lists the demo generator draws names, places and notes from."""

from __future__ import annotations

EN_BRAND_A = (
    "North", "Blue", "Silver", "Granite", "Summit", "Harbor", "Pioneer", "Crescent", "Maple",
    "Cedar", "Eagle", "Falcon", "Golden", "Iron", "Liberty", "Meridian", "Oak", "Pacific",
    "Atlas", "Beacon", "Bright", "Cobalt", "Delta", "Evergreen", "Frontier", "Horizon",
    "Keystone", "Lakeside", "Metro", "Nova", "Orion", "Prairie", "Quantum", "Redwood",
    "Sterling", "Titan", "Union", "Vertex", "Westgate", "Zenith", "Apex", "Bay", "Canyon",
    "Dawn", "Echo", "Fox", "Glacier", "Highland", "Ivy", "Jade", "Kestrel", "Lumen",
    "Mosaic", "Noble", "Onyx", "Pine", "Quarry", "River", "Stone", "Tide", "Upland",
    "Valley", "Willow", "Arrow", "Birch", "Coral", "Drift", "Ember", "Flint", "Grove",
)
EN_BRAND_B = (
    "wind", "field", "point", "bridge", "stone", "crest", "view", "gate", "line", "works",
    "mark", "ridge", "port", "light", "wave", "core", "path", "dale", "brook", "spring",
    "forge", "haven", "land", "peak", "shore", "star", "vale", "wood", "way", "well",
    "ton", "ford", "mont", "side", "hurst", "water", "rock", "moor", "cliff", "fall",
)
EN_INDUSTRY_WORD = {
    "Software": ("Software", "Systems", "Technologies", "Digital", "Labs"),
    "Manufacturing": ("Manufacturing", "Industries", "Precision", "Machinery", "Fabrication"),
    "Logistics": ("Logistics", "Freight", "Shipping", "Transport", "Supply"),
    "Retail": ("Retail", "Stores", "Trading", "Outfitters", "Markets"),
    "Healthcare": ("Health", "Medical", "Biotech", "Pharma", "Care"),
    "Finance": ("Capital", "Financial", "Partners", "Advisors", "Insurance"),
    "Energy": ("Energy", "Power", "Solar", "Utilities", "Renewables"),
    "Education": ("Learning", "Education", "Academy", "Training", "Institute"),
}
EN_QUALIFIERS = ("Global", "International", "United", "National", "Advanced", "General",
                 "Allied", "Premier", "Royal", "First", "American", "Continental")
HE_CITIES = ("ירושלים", "חיפה", "תל אביב", "באר שבע", "נתניה", "אשדוד", "רחובות", "הרצליה",
             "מודיעין", "עכו")
EN_SUFFIXES = ("Inc.", "LLC", "Ltd.", "Co., Ltd.", "Corporation", "Corp.", "GmbH", "PLC",
               "Limited", "Group")

CN_CITIES = ("北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "苏州", "天津",
             "重庆", "西安", "长沙", "青岛", "厦门", "宁波", "合肥", "郑州", "济南", "大连")
CN_BRAND = ("腾飞", "华信", "恒通", "新锐", "远航", "博睿", "嘉禾", "宏达", "瑞丰", "金桥",
            "天成", "中科", "东方", "明德", "鼎盛", "汇丰", "聚能", "智联", "海川", "星辰",
            "安泰", "永盛", "佳诚", "盛世", "卓越", "弘毅", "鸿图", "正和", "华光", "云帆",
            "同创", "信达", "润泽", "启明", "长风", "致远", "立信", "百川", "众合", "凯旋")
CN_INDUSTRY_WORD = {
    "Software": ("软件", "信息技术", "网络科技", "数据科技"),
    "Manufacturing": ("机械制造", "精密仪器", "工业", "电子"),
    "Logistics": ("物流", "供应链管理", "运输"),
    "Retail": ("商贸", "贸易", "零售连锁"),
    "Healthcare": ("医疗器械", "生物科技", "医药"),
    "Finance": ("投资管理", "融资租赁", "保险代理"),
    "Energy": ("新能源", "电力工程", "光伏科技"),
    "Education": ("教育科技", "培训", "文化传播"),
}
CN_SUFFIXES = ("有限公司", "股份有限公司", "有限责任公司", "集团有限公司")

HE_BRAND = ("אורן", "גלבוע", "כרמל", "ארבל", "תבור", "נגב", "שקד", "רימון", "זית", "אלון")
HE_INDUSTRY_WORD = {
    "Software": ("מערכות", "תוכנה"),
    "Manufacturing": ("תעשיות", "מתכת"),
    "Logistics": ("לוגיסטיקה", "הובלות"),
    "Retail": ("סחר", "שיווק"),
    "Healthcare": ("רפואה", "ביוטק"),
    "Finance": ("השקעות", "ביטוח"),
    "Energy": ("אנרגיה", "סולאר"),
    "Education": ("הדרכה", "חינוך"),
}

EN_FIRST = ("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
            "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
            "Thomas", "Sarah", "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Lisa",
            "Mark", "Betty", "Steven", "Sandra", "Andrew", "Ashley", "Paul", "Emily", "Kevin",
            "Michelle", "Brian", "Laura", "George", "Amanda", "Ryan", "Olivia")
EN_LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
           "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas",
           "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
           "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
           "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Reed")
CN_SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
               "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "韩")
CN_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "晓东",
            "海燕", "国庆", "丹", "鹏", "婷")
HE_FIRST = ("נועה", "יוסי", "מיכל", "דוד", "שירה", "אבי", "תמר", "רון", "מאיה", "איתי")
HE_LAST = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "אזולאי", "דהן")

TITLES = (
    ("CEO", "Management"), ("CFO", "Finance"), ("CTO", "Technology"), ("COO", "Operations"),
    ("Head of Purchasing", "Purchasing"), ("IT Manager", "Technology"),
    ("Operations Manager", "Operations"), ("Procurement Specialist", "Purchasing"),
    ("Finance Manager", "Finance"), ("Project Manager", "Operations"),
    ("Engineer", "Technology"), ("Office Manager", "Administration"),
)
CN_TITLES = (
    ("总经理", "总经办"), ("财务总监", "财务部"), ("技术总监", "技术部"), ("运营总监", "运营部"),
    ("采购经理", "采购部"), ("IT经理", "信息部"), ("项目经理", "项目部"), ("采购专员", "采购部"),
    ("工程师", "技术部"), ("行政主管", "行政部"),
)

EN_REGIONS = ("California", "New York", "Texas", "Illinois", "Washington", "Massachusetts",
              "Georgia", "Colorado", "Ontario", "London", "Bavaria", "Singapore")
EN_STREETS = ("Main St", "Market St", "Oak Ave", "Park Blvd", "Harbor Rd", "Industrial Way",
              "Commerce Dr", "Elm St", "River Rd", "Station Sq")
CN_DISTRICTS = ("朝阳区", "海淀区", "浦东新区", "南山区", "福田区", "天河区", "西湖区",
                "高新区", "工业园区", "经开区")

NATURES = ("private", "state-owned", "foreign-invested", "listed", "joint venture",
           "government", "non-profit")
FINANCING = ("bootstrapped", "angel", "series A", "series B", "series C+", "pre-IPO",
             "listed", "not applicable")
TAGS = (("VIP", "#d4a017"), ("Key account", "#c0392b"), ("Referral", "#27ae60"),
        ("Trade show 2026", "#2980b9"), ("Budget approved", "#8e44ad"),
        ("Competitor user", "#e67e22"), ("Decision Q1", "#16a085"), ("Needs demo", "#2c3e50"),
        ("Price sensitive", "#7f8c8d"), ("Expansion", "#1abc9c"), ("At risk", "#e74c3c"),
        ("Government", "#34495e"), ("Partner lead", "#9b59b6"), ("Reference customer", "#f39c12"),
        ("Renewal due", "#d35400"))
PRODUCTS = (
    ("CRM Seat License", "software", 120000), ("Analytics Add-on", "software", 60000),
    ("Implementation Package", "services", 2500000), ("Training Day", "services", 800000),
    ("Premium Support (year)", "services", 1500000), ("Field Tablet", "hardware", 450000),
    ("Barcode Scanner", "hardware", 90000), ("Edge Gateway", "hardware", 320000),
    ("Data Migration", "services", 1200000), ("API Access (year)", "software", 500000),
)
#: The product lines with tiers (family, tier) among PRODUCTS; the others have none.
PRODUCT_TIERS = {
    "CRM Seat License": ("CRM seats", 1), "Analytics Add-on": ("Analytics", 1),
    "Premium Support (year)": ("Support", 1), "Field Tablet": ("Field devices", 1),
    "Edge Gateway": ("Gateways", 1),
}
#: The higher tiers: (name, category, price, family, tier, sku). Sold as upgrades only.
UPPER_TIERS = (
    ("CRM Seat License Pro", "software", 240000, "CRM seats", 2, "SKU-101"),
    ("CRM Enterprise Seat", "software", 400000, "CRM seats", 3, "SKU-102"),
    ("Analytics Pro", "software", 150000, "Analytics", 2, "SKU-103"),
    ("Enterprise Support (year)", "services", 3000000, "Support", 2, "SKU-104"),
    ("Field Tablet Rugged", "hardware", 780000, "Field devices", 2, "SKU-105"),
    ("Edge Gateway Plus", "hardware", 560000, "Gateways", 2, "SKU-106"),
)
#: What customers buy together: with a product, each companion this often.
COMPANIONS = {
    "Implementation Package": (("Data Migration", 0.55), ("Training Day", 0.4)),
    "CRM Seat License": (("Training Day", 0.35), ("Analytics Add-on", 0.3)),
    "Field Tablet": (("Barcode Scanner", 0.5),),
    "Edge Gateway": (("API Access (year)", 0.45),),
}
#: Bought again and again: a customer who has one buys it again on a later deal this
#: often (a yearly renewal).
RENEWED = {"Premium Support (year)": 0.6, "API Access (year)": 0.6, "Training Day": 0.3}
CURRENT_SYSTEMS = ("spreadsheets", "Salesforce", "HubSpot", "Zoho", "an in-house tool",
                   "Dynamics", "纷享销客", "销售易", "paper")

# Notes by what happened: a conversation, an attempt that did not reach anyone, or an
# internal note or task, so a demo timeline reads like a real one.
NOTES_EN = {
    "talked": (
        "Discussed current process and pain points; they track leads in spreadsheets.",
        "Asked for a demo with their operations team next week.",
        "Budget is approved for this quarter; decision expected after board meeting.",
        "Champion is positive, procurement wants three quotes.",
        "Visited their office; met the IT manager and toured the warehouse.",
        "They are comparing us with a competitor on price.",
        "Follow-up on contract terms: payment in two instalments.",
        "Renewal conversation; happy with support, want analytics add-on.",
        "Quote requested for 40 seats with implementation.",
    ),
    "attempt": (
        "Left a voicemail, will try again.",
        "No answer on mobile; landline reception says he is travelling.",
        "Sent product overview and pricing sheet.",
        "Emailed the case study they asked about; no reply yet.",
    ),
    "internal": (
        "Prepare a tailored quote before the next call.",
        "Check references with the logistics customer in their region.",
        "Ask finance about a payment plan for this account.",
    ),
}
NOTES_CN = {
    "talked": (
        "电话沟通了现有流程和痛点,目前用表格管理客户。",
        "对方希望下周安排运营团队演示。",
        "本季度预算已批,董事会后决定。",
        "拜访客户,见了IT经理并参观了仓库。",
        "客户在和竞品比较价格。",
        "合同条款跟进:分两期付款。",
    ),
    "attempt": (
        "未接通,稍后再打。",
        "已发送产品介绍和报价单。",
        "发了短信,暂未回复。",
    ),
    "internal": (
        "下次电话前准备定制报价。",
        "向财务确认该客户的付款方式。",
    ),
}
LOST_REASONS = ("chose a competitor", "no budget this year", "project cancelled",
                "went with an in-house solution", "unresponsive for six months")
DEAL_LOST_REASONS = ("Chose a competitor on price", "No budget this year",
                     "Project cancelled after a reorganisation",
                     "Built it in-house", "Went quiet after the proposal",
                     "Lost to the incumbent supplier")
COMPETITORS = ("Salesforce", "HubSpot", "Zoho", "Dynamics 365", "纷享销客", "销售易",
               "Pipedrive", "an in-house tool")
NEXT_STEPS = ("Send the revised quote", "Demo for the operations team",
              "Workshop with IT on the integration", "Call the CFO about the budget",
              "Reference call with a customer", "Site visit at the warehouse",
              "Agree the payment schedule", "Legal review of the contract",
              "Pilot with ten users", "Present the proposal to the board")
INSTALMENT_LABELS = ("Deposit", "On delivery", "On acceptance", "Final payment")

#: The team's message templates in the demo (name, channel, subject, text): a renewal
#: reminder, a thank-you after a payment and a visit's follow-up, in English and
#: Chinese, and a Hebrew SMS (crmdesk.domain.messages's merge fields); the care
#: reminders suggest the ones named after their kinds (crmdesk.domain.care.KIND_LABELS:
#: Renewal, Birthday, Anniversary); the points SMS the teams' membership rules name
#: (`MEMBERSHIP_RULES`), in English and Chinese.
MESSAGE_TEMPLATES = (
    ("Renewal", "email", "{{company.name}}: your contract ends on "
     "{{contract.end_date}}",
     "Dear {{contact.name|Sir or Madam}},\n\n"
     "Your contract with us ends on {{contract.end_date}}. I would be glad to go through "
     "the renewal with you and make sure nothing stops on your side.\n\n"
     "Could we find half an hour next week? Just reply with a time that suits you.\n\n"
     "Best regards,\n{{owner.name}}"),
    ("续约提醒", "email", "{{company.name}}：合同将于 {{contract.end_date}} 到期",
     "{{contact.name}}您好！\n\n"
     "贵公司与我们的合同将于 {{contract.end_date}} 到期。为保证服务不中断，"
     "我想和您约个时间沟通续约事宜。\n\n"
     "请回复方便的时间，我来安排。\n\n"
     "祝好！\n{{owner.name}}"),
    ("Thank you for your payment", "email", "Thank you, {{company.name}}",
     "Dear {{contact.name|Sir or Madam}},\n\n"
     "Thank you for your payment: we have received it. If anything about the delivery or "
     "the invoice is unclear, I am one reply away.\n\n"
     "Kind regards,\n{{owner.name}}"),
    ("感谢付款", "sms", "",
     "{{contact.name}}您好，{{company.name}}的款项已收到，感谢支持！"
     "如有任何问题请随时联系我。—{{owner.name}}"),
    ("Visit follow-up", "email", "Following up on our visit — {{company.name}}",
     "Dear {{contact.name|Sir or Madam}},\n\n"
     "Thank you for your time during our visit. As promised, here is a summary of what we "
     "discussed and the next steps.\n\n"
     "The proposal we talked about comes to {{deal.amount|the amount we discussed}}; "
     "I will send the details by the end of the week.\n\n"
     "Best regards,\n{{owner.name}}"),
    ("拜访跟进", "email", "拜访跟进 — {{company.name}}",
     "{{contact.name}}您好！\n\n"
     "感谢您在拜访中抽出宝贵时间。按照约定，附上我们讨论的要点和下一步安排。\n\n"
     "方案报价为 {{deal.amount|我们讨论的金额}}，详细资料我会在本周内发给您。\n\n"
     "此致\n{{owner.name}}"),
    ("Birthday", "sms", "",
     "Happy birthday, {{contact.name}}! Best wishes from {{owner.name}}."),
    ("Anniversary", "email", "A year more together, {{company.name}}",
     "Dear {{contact.name|Sir or Madam}},\n\nThank you for another year as our customer."
     "\n\n{{owner.name}}"),
    ("תזכורת חידוש", "sms", "",
     "שלום {{contact.name}}, החוזה של {{company.name}} מסתיים ב-{{contract.end_date}}. "
     "אשמח לתאם שיחה על החידוש. {{owner.name}}"),
    ("Points changed", "sms", "",
     "Hi {{contact.name}}, {{member.points}} points on card {{member.number}}: balance "
     "{{member.balance}}, level {{member.level|Member}}. Thank you! {{owner.name}}"),
    ("积分变动", "sms", "",
     "{{contact.name}}您好，您的会员卡 {{member.number}} 积分 {{member.points}}，"
     "当前余额 {{member.balance}}，等级 {{member.level|会员}}。感谢支持！—{{owner.name}}"),
)

#: Each demo team's membership rule, in the teams' order (crmdesk.domain.membership):
#: points per amount paid in CNY (fen), the levels by points collected and the points
#: SMS template (one of `MESSAGE_TEMPLATES`).
MEMBERSHIP_RULES = (
    (1, 100_00, (("会员", 0), ("银卡", 1_000), ("金卡", 5_000), ("白金卡", 20_000)), "积分变动"),
    (1, 100_00, (("Member", 0), ("Silver", 1_000), ("Gold", 5_000), ("Platinum", 20_000)),
     "积分变动"),
    (1, 200_00, (("Member", 0), ("Silver", 500), ("Gold", 2_500), ("Platinum", 10_000)),
     "Points changed"),
)
#: What members redeem their points on (English, Chinese) and what it costs in points.
REWARDS = (
    ("Hamper for the new year", "新年礼盒", 300),
    ("Tea set for the office", "办公室茶具套装", 500),
    ("Free training day for two", "两人免费培训一天", 800),
    ("Extra year of support", "延长一年技术支持", 2_000),
    ("Tickets to the customer summit", "客户峰会门票", 1_200),
)
#: Why a member's points were adjusted (English, Chinese) and by how much.
ADJUSTMENTS = (
    ("Goodwill: the delivery came a week late", "补偿：交货延迟一周", 200),
    ("Welcome bonus for joining the programme", "入会奖励", 100),
    ("Visited our booth at the trade fair", "参观我们的展会展位", 150),
    ("Correction: typed twice in the old card system", "更正：旧会员系统重复录入", -80),
)
