<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Empty workspace</source>
        <translation>空工作区</translation>
    </message>
    <message>
        <source>Your workspace has no accounts yet. Load demo data to look around, or import a batch of leads from a CSV file?</source>
        <translation>您的工作区还没有客户。要加载演示数据看看，还是从 CSV 文件批量导入线索？</translation>
    </message>
    <message>
        <source>Your workspace has no accounts yet. Load demo data to look around, or sign in to your team&apos;s server (Sync menu) to receive your work.</source>
        <translation>您的工作区还没有客户。要加载演示数据看看，还是登录团队服务器（“同步”菜单）接收您的工作？</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>导入线索…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Export follow-ups and tasks</source>
        <extracomment>The save dialog&apos;s filters, each with the vCard version it writes.</extracomment>
        <translation>导出跟进和任务</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved {0} follow-up(s) and task(s) to {1}: import it into your calendar (again later to update it).</source>
        <translation>已将 {0} 条跟进和任务保存到 {1}：请导入您的日历（以后再次导入即可更新）。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>Saved {0} contact(s) to {1} (vCard {2}).</source>
        <translation>已将 {0} 位联系人保存到 {1}（vCard {2}）。</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>What became of a card, as the report&apos;s line says it.</extracomment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>line {0}: {1} — {2}: {3}</source>
        <translation>第 {0} 行：{1} — {2}：{3}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>联系人已导入</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>Role on open deals</source>
        <translation>在未成交商机中的角色</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>不在决策地图上</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>不在决策地图上</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message numerus="yes">
        <source>Stuck: %n day(s) in {0}, over the team&apos;s limit of {1}</source>
        <extracomment>Offered in the currency box (any ISO 4217 code may be typed). the deal&apos;s virtual team, and everyone (of any team) who may join it why the user may not change the deal (the editor opens read-only), or None</extracomment>
        <translation>
            <numerusform>停滞：在{0}阶段已 %n 天，超过团队上限 {1} 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stuck: its expected close ({0}) passed %n day(s) ago; move the date or close the deal</source>
        <translation>
            <numerusform>停滞：预计成交日期（{0}）已过 %n 天；请调整日期或关闭该商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Stuck: its expected close ({0}) has passed; move the date or close the deal</source>
        <translation>停滞：预计成交日期（{0}）已过；请调整日期或关闭该商机</translation>
    </message>
    <message>
        <source>Take this product off the deal</source>
        <translation>从商机中移除此产品</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>The locale each language formats dates, numbers and money in. Where the compiled .qm files are: resources inside the package, in a bundle too.
----------
The agenda items told of today (&quot;YYYY-MM-DD key key ...&quot;): none is told twice a day. The window&apos;s language (&quot;en&quot;, &quot;zh_CN&quot;, &quot;he&quot;); empty: the system&apos;s (crmdesk.ui.language).</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>系统语言（{0}）</translation>
    </message>
    <message>
        <source>crmdesk will use {0} when you next start it.</source>
        <translation>crmdesk 下次启动时将使用{0}。</translation>
    </message>
    <message>
        <source>Search companies, people, phones, emails, tags</source>
        <translation>搜索公司、人员、电话、邮箱、标签</translation>
    </message>
    <message>
        <source>New lead (runs the duplicate check)</source>
        <translation>新建线索（会进行查重）</translation>
    </message>
    <message>
        <source>New contact at this account</source>
        <translation>在该客户下新建联系人</translation>
    </message>
    <message>
        <source>Import a batch of leads from a CSV file</source>
        <translation>从 CSV 文件批量导入线索</translation>
    </message>
    <message>
        <source>Write in the quick-log form</source>
        <translation>在快速记录表单中填写</translation>
    </message>
    <message>
        <source>New deal at this account</source>
        <translation>在该客户下新建商机</translation>
    </message>
    <message>
        <source>Save the activity being logged</source>
        <translation>保存正在记录的跟进</translation>
    </message>
    <message>
        <source>Next account in the queue</source>
        <translation>队列中的下一个客户</translation>
    </message>
    <message>
        <source>Previous account in the queue</source>
        <translation>队列中的上一个客户</translation>
    </message>
    <message>
        <source>Go to the lead queue</source>
        <translation>转到线索队列</translation>
    </message>
    <message>
        <source>Go to the customer card</source>
        <translation>转到客户卡片</translation>
    </message>
    <message>
        <source>Go to the relationship graph</source>
        <translation>转到关系图</translation>
    </message>
    <message>
        <source>Go to the follow-up timeline</source>
        <translation>转到跟进时间线</translation>
    </message>
    <message>
        <source>Go to the agenda: today&apos;s and this week&apos;s follow-ups, tasks and deal close dates</source>
        <translation>转到日程：今天和本周的跟进、任务和商机预计成交日期</translation>
    </message>
    <message>
        <source>Mark the agenda item done (also Space)</source>
        <translation>将日程事项标记为完成（也可按空格）</translation>
    </message>
    <message>
        <source>Move the agenda item: tomorrow, +3 days, next week or a day you pick</source>
        <translation>改期日程事项：明天、3 天后、下周或自选日期</translation>
    </message>
    <message>
        <source>Open the agenda item&apos;s company (also a double-click)</source>
        <translation>打开日程事项所属的公司（也可双击）</translation>
    </message>
    <message>
        <source>New contract with its payment schedule</source>
        <translation>新建合同及其回款计划</translation>
    </message>
    <message>
        <source>Mark the account lost</source>
        <translation>将该客户标记为丢单</translation>
    </message>
    <message>
        <source>Claim this account from the team pool</source>
        <translation>从团队公海领取该客户</translation>
    </message>
    <message>
        <source>Give the selected accounts to a rep or the team pool (team leads)</source>
        <translation>把所选客户移交给销售或团队公海（团队主管）</translation>
    </message>
    <message>
        <source>Mark the onboarding task done (again: not done), in the service tasks</source>
        <translation>在客服任务中把入职任务标记为完成（再按一次：未完成）</translation>
    </message>
    <message>
        <source>Take back the last task marked, in the service tasks</source>
        <translation>在客服任务中撤回上一次标记</translation>
    </message>
    <message>
        <source>Send a message from a template to the contact chosen on the card</source>
        <translation>用模板给卡片上选中的联系人发消息</translation>
    </message>
    <message>
        <source>Show the message outbox (waiting, sent, failed and why)</source>
        <translation>显示消息发件箱（待发、已发送、失败及原因）</translation>
    </message>
    <message>
        <source>Open the team review (pipelines, funnel, forecast, plans, value, channel ROI)</source>
        <translation>打开团队复盘（商机管道、漏斗、预测、目标、价值、渠道 ROI）</translation>
    </message>
    <message>
        <source>Reload every pane</source>
        <translation>重新加载所有窗格</translation>
    </message>
    <message>
        <source>Sync with the server now</source>
        <translation>立即与服务器同步</translation>
    </message>
    <message>
        <source>Show the conflicts from sync</source>
        <translation>显示同步产生的冲突</translation>
    </message>
    <message>
        <source>Open the settings (language, theme, phone region, reminder time, sync, mail and SMS)</source>
        <translation>打开设置（语言、主题、电话地区、提醒时间、同步、邮件和短信）</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>显示此列表</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Who sees a menu item, by role: an item a role may not use is hidden (and its shortcut off), not shown and then refused.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <source>Import contacts (vCard)…</source>
        <translation>导入联系人 (vCard)…</translation>
    </message>
    <message>
        <source>Export contacts (vCard)…</source>
        <translation>导出联系人 (vCard)…</translation>
    </message>
    <message>
        <source>Export follow-ups and tasks (.ics)…</source>
        <translation>导出跟进和任务 (.ics)…</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>渠道…</translation>
    </message>
    <message>
        <source>Channel costs…</source>
        <translation>渠道成本…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Phone region…</source>
        <translation>电话地区…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Team playbook (deal stages)…</source>
        <translation>团队销售手册（商机阶段）…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>Hand-off to customer service…</source>
        <translation>移交客服…</translation>
    </message>
    <message>
        <source>Sales targets…</source>
        <translation>销售目标…</translation>
    </message>
    <message>
        <source>Web enquiry assignment…</source>
        <translation>官网咨询分配…</translation>
    </message>
    <message>
        <source>Away from web enquiries…</source>
        <translation>暂停接收官网咨询…</translation>
    </message>
    <message>
        <source>Team pool rules…</source>
        <translation>团队公海规则…</translation>
    </message>
    <message>
        <source>signed {0}</source>
        <extracomment>Contracts the card lists before &quot;and N more&quot; (those with money overdue come first).</extracomment>
        <translation>签订于 {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) to {0}</source>
        <translation>
            <numerusform>%n 个月，至 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>来自 {0}</translation>
    </message>
    <message>
        <source>Paid &lt;b&gt;{0}&lt;/b&gt; of {1}</source>
        <translation>已回款 &lt;b&gt;{0}&lt;/b&gt; / {1}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>{0} 到期</translation>
    </message>
    <message>
        <source>overdue {0}</source>
        <translation>逾期 {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} overdue since {1} · %n day(s) late · instalment {2} of {3}</source>
        <translation>
            <numerusform>{0} 自 {1} 起逾期 · 逾期 %n 天 · 第 {2} 期，共 {3} 期</numerusform>
        </translation>
    </message>
    <message>
        <source>Overpaid by {0}: the payments add up to more than the contract; check for one recorded twice</source>
        <translation>多收了 {0}：回款总额超过合同金额；请检查是否重复录入</translation>
    </message>
    <message>
        <source>The instalments add up to {0}, {1} more than the contract; check for one recorded twice</source>
        <translation>各期合计 {0}，比合同多 {1}；请检查是否重复录入</translation>
    </message>
    <message>
        <source>Next: {0} on {1} · instalment {2} of {3}</source>
        <translation>下一期：{1} 应收 {0} · 第 {2} 期，共 {3} 期</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>已全部回款</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Team care reminders…</source>
        <translation>团队客户关怀提醒…</translation>
    </message>
    <message>
        <source>Membership levels and points…</source>
        <translation>会员等级与积分…</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>标记丢单…</translation>
    </message>
    <message>
        <source>Claim from team pool</source>
        <translation>从团队公海领取</translation>
    </message>
    <message>
        <source>Export this company&apos;s contacts (vCard)…</source>
        <translation>导出这家公司的联系人 (vCard)…</translation>
    </message>
    <message>
        <source>Next account</source>
        <translation>下一个客户</translation>
    </message>
    <message>
        <source>Previous account</source>
        <translation>上一个客户</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Team review…</source>
        <translation>团队复盘…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Send message to this contact…</source>
        <translation>给该联系人发消息…</translation>
    </message>
    <message>
        <source>Send message to the companies in the queue…</source>
        <translation>给队列中的公司发消息…</translation>
    </message>
    <message>
        <source>Send message to the selected companies…</source>
        <translation>给所选公司发消息…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>发件箱…</translation>
    </message>
    <message>
        <source>Send waiting messages now</source>
        <translation>立即发送待发消息</translation>
    </message>
    <message>
        <source>Mail and SMS settings…</source>
        <translation>邮件和短信设置…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to server…</source>
        <translation>登录服务器…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>冲突…</translation>
    </message>
    <message>
        <source>Calendar feed address…</source>
        <translation>日历订阅地址…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配条件</translation>
    </message>
    <message>
        <source>Gives leads to</source>
        <translation>线索分配给</translation>
    </message>
    <message>
        <source>No member card yet.</source>
        <translation>还没有会员卡。</translation>
    </message>
    <message>
        <source>Card &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>会员卡 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>held by {0}</source>
        <translation>持卡人 {0}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more from a merge (their points count)</source>
        <translation>
            <numerusform>另有 %n 张来自合并的卡（其积分一并计算）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; point(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more to {1}</source>
        <translation>距{1}还差 {0}</translation>
    </message>
    <message>
        <source>{0} {1} {2} by {3}{4}</source>
        <translation>{0} {1} {2} 由 {3}{4}</translation>
    </message>
    <message>
        <source>Payment {0} received {1} on contract {2}</source>
        <translation>回款 {0}，{1} 到账，合同 {2}</translation>
    </message>
    <message>
        <source>Payment {0} received {1}</source>
        <translation>回款 {0}，{1} 到账</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <comment>points to the next level</comment>
        <translation>距{1}还差 {0}</translation>
    </message>
    <message>
        <source>card {0}</source>
        <translation>卡号 {0}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Web enquiries</source>
        <translation>官网咨询</translation>
    </message>
    <message>
        <source>Crawler list</source>
        <translation>爬虫名单</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>展会活动</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Cold list</source>
        <translation>陌拜名单</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>reports to, through others</source>
        <translation>间接汇报给</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>group</source>
        <translation>集团</translation>
    </message>
    <message>
        <source>supplier / customer</source>
        <translation>供应商 / 客户</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>decision maker</source>
        <extracomment>The related companies&apos; column, in this order, each with its own line kind. How a role and a stance read on a box (the stance&apos;s sign shows it without colour).</extracomment>
        <translation>决策人</translation>
    </message>
    <message>
        <source>economic buyer</source>
        <translation>经济决策人</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>反对者</translation>
    </message>
    <message>
        <source>user</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>decision map · {0}</source>
        <extracomment>How far a fitted graph may be enlarged (a three-box graph stays its natural size). Fit leaves this fraction of the graph&apos;s size free on each side (ViewBox.autoRange). The room (px) the layout may assume it has: the view less Fit&apos;s padding. A line takes a click this wide (screen px) along it. The widths (px) the people&apos;s trees are tried wrapped at; the pane takes the one that shows the graph largest.</extracomment>
        <translation>决策地图 · {0}</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>{0} influences {1}</source>
        <translation>{0} 影响 {1}</translation>
    </message>
    <message>
        <source>{0} reports to {1}</source>
        <translation>{0} 汇报给 {1}</translation>
    </message>
    <message>
        <source>{0} reports to {1} through others</source>
        <translation>{0} 经由他人间接汇报给 {1}</translation>
    </message>
    <message>
        <source>{0} is the parent company of {1}</source>
        <translation>{0} 是 {1} 的母公司</translation>
    </message>
    <message>
        <source>{0} referred {1} to us</source>
        <translation>{0} 把 {1} 介绍给了我们</translation>
    </message>
    <message>
        <source>{0} is a {1} of {2}</source>
        <translation>{0} 是 {2} 的{1}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>The fields a lead file fills, in the order the mapping step lists them, with labels.
----------
An account&apos;s fields about the team&apos;s pool: the server&apos;s alone (see `server_sets`).</extracomment>
        <translation>公司</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>new lead</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>already known</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A row&apos;s message (OutRow), for the view and tests.</extracomment>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Reps</source>
        <extracomment>(team, dimension, subject, period kind, first day): a cell of any grid
----------
The panels in the order the view shows them: (key, title).</extracomment>
        <translation>销售</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Months of a quarter</source>
        <translation>一个季度的各月</translation>
    </message>
    <message>
        <source>Quarters of a year</source>
        <translation>一年的各季度</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>is its parent company</source>
        <extracomment>What the other company is, as the form offers it.</extracomment>
        <translation>是其母公司</translation>
    </message>
    <message>
        <source>is its subsidiary</source>
        <translation>是其子公司</translation>
    </message>
    <message>
        <source>is its supplier</source>
        <translation>是其供应商</translation>
    </message>
    <message>
        <source>is its customer</source>
        <translation>是其客户</translation>
    </message>
    <message>
        <source>is its partner</source>
        <translation>是其合作伙伴</translation>
    </message>
    <message>
        <source>referred it to us</source>
        <translation>把它介绍给了我们</translation>
    </message>
    <message>
        <source>was referred to us by it</source>
        <translation>是由它介绍给我们的</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>The server&apos;s reason for refusing an activity made here (None: it is on the server).</extracomment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>How long typing pauses (ms) before the preview is rendered again.</extracomment>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有兴趣</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>无兴趣</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已约会议</translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation>索要报价</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store (OS keyring) is available on this computer, so crmdesk will ask for your password each time instead of remembering it.</source>
        <extracomment>The secret store&apos;s warning (crmdesk.secrets.NO_KEYRING, outside the translated folders), marked here so the window words it (`word`); tests keep the two the same.</extracomment>
        <translation>这台电脑上没有安全的密码存储（系统钥匙串），因此 crmdesk 每次都会询问您的密码，而不会记住它。</translation>
    </message>
    <message>
        <source>Returns to the pool today</source>
        <translation>今天退回公海</translation>
    </message>
    <message numerus="yes">
        <source>Returns to the pool in %n day(s)</source>
        <translation>
            <numerusform>%n 天后退回公海</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal: {0} ends {1}</source>
        <translation>续约：{0} 于 {1} 到期</translation>
    </message>
    <message numerus="yes">
        <source>Birthday: {0} ({1}, turns %n)</source>
        <translation>
            <numerusform>生日：{0}（{1}，满 %n 岁）</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: {0} ({1})</source>
        <translation>生日：{0}（{1}）</translation>
    </message>
    <message numerus="yes">
        <source>Anniversary: %n year(s) a customer, {0}</source>
        <translation>
            <numerusform>周年纪念：成为客户 %n 年，{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anniversary: {0} (%n year(s) a customer, {1})</source>
        <translation>
            <numerusform>周年纪念：{0}（成为客户 %n 年，{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>paid {0} in the last 12 months</source>
        <translation>近 12 个月回款 {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) so far</source>
        <translation>
            <numerusform>已购买 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in open opportunities</source>
        <translation>在谈商机 {0}</translation>
    </message>
    <message>
        <source>{0} employees</source>
        <translation>员工 {0} 人</translation>
    </message>
    <message>
        <source>a key person is among the contacts</source>
        <translation>联系人中有关键人</translation>
    </message>
    <message numerus="yes">
        <source>referred %n company(ies) to us</source>
        <translation>
            <numerusform>为我们转介绍了 %n 家公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in contact within the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天内有联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>%n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact for a long time</source>
        <translation>长期未联系</translation>
    </message>
    <message>
        <source>purchases fell by more than half against the year before</source>
        <translation>购买额比上一年下降一半以上</translation>
    </message>
    <message>
        <source>The account is already {0}.</source>
        <translation>该客户已经是{0}。</translation>
    </message>
    <message>
        <source>Contracted follows only from a contract with a received payment: record {0}.</source>
        <translation>只有签订合同并收到回款才会成为成交客户：请记录{0}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>A contracted customer is handed to service, not marked lost.</source>
        <translation>成交客户应移交给客服，而不是标记为丢单。</translation>
    </message>
    <message>
        <source>A lost account is reopened as a lead first.</source>
        <translation>丢单客户需先重新打开为线索。</translation>
    </message>
    <message>
        <source>A contracted customer does not move back down the path.</source>
        <translation>成交客户不能沿销售流程倒退。</translation>
    </message>
    <message>
        <source>The record still meets {0}&apos;s condition ({1}); change that first.</source>
        <translation>该记录仍满足{0}的条件（{1}）；请先改变这一点。</translation>
    </message>
    <message>
        <source>Company name</source>
        <extracomment>Fields a user edits in place on the card, with their labels.</extracomment>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>企业性质</translation>
    </message>
    <message>
        <source>Scale (employees)</source>
        <translation>规模（员工人数）</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资情况</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>“{0}” cannot be edited here.</source>
        <extracomment>The longest value each basic field holds. The account columns are declared with these numbers (crmdesk.store.models), so what the card accepts fits the server&apos;s column.</extracomment>
        <translation>“{0}”不能在这里编辑。</translation>
    </message>
    <message numerus="yes">
        <source>{0} is at most %n character(s); this one has {1}.</source>
        <extracomment>The longest text each imported field may hold (the columns it is stored in).</extracomment>
        <translation>
            <numerusform>{0}最多 %n 个字符；这里有 {1} 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>公司需要名称。</translation>
    </message>
    <message>
        <source>{0} must be one of: {1}.</source>
        <translation>{0}必须是以下之一：{1}。</translation>
    </message>
    <message>
        <source>“{0}” is not a web address (try www.example.com).</source>
        <translation>“{0}”不是网址（例如 www.example.com）。</translation>
    </message>
    <message>
        <source>Give the contact a name, or leave their details empty.</source>
        <translation>请填写联系人姓名，或把其联系方式留空。</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>周年纪念</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Care settings belong to a team; choose one.</source>
        <extracomment>Days before the occasion a reminder is due, when the team has set nothing. Days after the occasion a reminder not marked stays (overdue) before it drops off. The most days ahead a team may ask for (half a year). The year a birthday without a known year is stored in (a leap year).</extracomment>
        <translation>关怀设置属于某个团队；请选择团队。</translation>
    </message>
    <message>
        <source>A care reminder is a renewal, a birthday or an anniversary.</source>
        <translation>关怀提醒只能是续约、生日或合作周年。</translation>
    </message>
    <message>
        <source>A reminder is marked done or dismissed.</source>
        <translation>提醒只能标记为已完成或已忽略。</translation>
    </message>
    <message>
        <source>Days ahead: give a number of days from 0 to {0}.</source>
        <translation>提前天数：请填写 0 到 {0} 之间的天数。</translation>
    </message>
    <message>
        <source>This mark does not name its reminder (its kind, subject and day).</source>
        <translation>此标记与其提醒不符（类型、对象和日期）。</translation>
    </message>
    <message>
        <source>A birthday is a day of a year from 1900 on, or a month and day alone (YYYY-MM-DD or MM-DD).</source>
        <translation>生日是 1900 年以后的某一天，或只有月和日（YYYY-MM-DD 或 MM-DD）。</translation>
    </message>
    <message>
        <source>A birthday cannot be after today.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <source>Seats needed</source>
        <translation>所需席位</translation>
    </message>
    <message>
        <source>Current system</source>
        <translation>当前系统</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署方式</translation>
    </message>
    <message>
        <source>Devices in fleet</source>
        <translation>设备数量</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点数</translation>
    </message>
    <message>
        <source>Refresh cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>预算区间</translation>
    </message>
    <message>
        <source>Choose a business line before filling its fields.</source>
        <translation>请先选择业务线，再填写其字段。</translation>
    </message>
    <message>
        <source>Unknown business line “{0}”.</source>
        <translation>未知的业务线“{0}”。</translation>
    </message>
    <message>
        <source>“{0}” is not a field of the {1} line.</source>
        <translation>“{0}”不是{1}业务线的字段。</translation>
    </message>
    <message>
        <source>{0} must be a whole number of at least {1}.</source>
        <translation>{0}必须是不小于 {1} 的整数。</translation>
    </message>
    <message>
        <source>{0} must be text.</source>
        <translation>{0}必须是文本。</translation>
    </message>
    <message>
        <source>Qualification</source>
        <extracomment>The open stages in the order a deal goes through them. Every stage, in order (won before lost: the order lists show them in).</extracomment>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢单</translation>
    </message>
    <message>
        <source>Pre-sales</source>
        <extracomment>The roles on a deal&apos;s team as people say them, in the order the editor offers them.</extracomment>
        <translation>售前</translation>
    </message>
    <message>
        <source>Solution engineer</source>
        <translation>解决方案工程师</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>The amount is known</source>
        <translation>金额已明确</translation>
    </message>
    <message>
        <source>An expected close date is set</source>
        <translation>已设置预计成交日期</translation>
    </message>
    <message>
        <source>The next step is written down</source>
        <translation>下一步已写明</translation>
    </message>
    <message>
        <source>The decision maker is on the decision map</source>
        <translation>决策人在决策地图上</translation>
    </message>
    <message>
        <source>The economic buyer is on the decision map</source>
        <translation>经济决策人在决策地图上</translation>
    </message>
    <message>
        <source>A champion is on the decision map</source>
        <translation>决策地图上有支持者</translation>
    </message>
    <message>
        <source>The products are on the deal</source>
        <translation>产品已加入商机</translation>
    </message>
    <message>
        <source>A meeting or visit on the deal is logged</source>
        <translation>已记录与该商机相关的会议或拜访</translation>
    </message>
    <message>
        <source>The competitors are known</source>
        <translation>竞争对手已明确</translation>
    </message>
    <message>
        <source>No one on the decision map opposes the deal</source>
        <translation>决策地图上没有人反对该商机</translation>
    </message>
    <message>
        <source>Confirm there is a need, a budget range and a timeline; find out who decides and how.</source>
        <extracomment>What a team starts with: sensible steps of a B2B sale (the window words the default &quot;what to do&quot; in its language; a lead&apos;s own as typed).</extracomment>
        <translation>确认客户确有需求、预算范围和时间表；弄清由谁决策、如何决策。</translation>
    </message>
    <message>
        <source>Meet the users and the economic buyer; write down their requirements and how they will judge success; learn who else they are talking to.</source>
        <translation>与使用者和经济决策人会面；记下他们的需求及衡量成功的标准；了解他们还在和哪些供应商接触。</translation>
    </message>
    <message>
        <source>Send a proposal with the products, prices and an implementation plan; present it to the decision maker with your champion.</source>
        <translation>发送包含产品、价格和实施计划的方案；与内部支持者一起向决策人演示。</translation>
    </message>
    <message>
        <source>Agree the terms, the prices and the payment schedule; answer every objection; get the contract signed.</source>
        <translation>谈妥条款、价格和付款计划；解答每一项异议；促成合同签署。</translation>
    </message>
    <message>
        <source>Record the contract and its payment schedule; hand over to service.</source>
        <translation>录入合同及其回款计划；移交客服。</translation>
    </message>
    <message>
        <source>Write down why it was lost.</source>
        <translation>记下丢单原因。</translation>
    </message>
    <message>
        <source>Stage settings belong to a team; choose one.</source>
        <extracomment>The stuck limit a lead may set, in days. What a team&apos;s stage settings are refused for when they name no team.</extracomment>
        <translation>阶段设置属于某个团队；请选择团队。</translation>
    </message>
    <message>
        <source>The probability goes from 0 to 100 %.</source>
        <translation>赢率在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The stuck limit goes from 0 (never stuck) to {0} days.</source>
        <translation>停滞上限在 0（从不停滞）到 {0} 天之间。</translation>
    </message>
    <message>
        <source>Unknown conditions: {0}.</source>
        <translation>未知的条件：{0}。</translation>
    </message>
    <message>
        <source>A deal&apos;s history entry of its {0} holds “{1}”, which is not one.</source>
        <translation>商机历史记录中的{0}为“{1}”，这不是有效值。</translation>
    </message>
    <message>
        <source>The amount</source>
        <extracomment>An amount above this many units of any currency is taken for a slip of the keys.</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>{0} cannot be negative.</source>
        <translation>{0}不能为负数。</translation>
    </message>
    <message>
        <source>{0} {1} is beyond belief (more than {2:,} {3}); check the digits.</source>
        <translation>{0} {1} 大得离谱（超过 {2:,} {3}）；请检查数字。</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <extracomment>What a deal marked lost without a reason is refused for.</extracomment>
        <translation>请说明商机丢单的原因。</translation>
    </message>
    <message>
        <source>Only people of the deal&apos;s company can be on its decision map.</source>
        <extracomment>What a decision map naming someone of another company is refused for.</extracomment>
        <translation>只有该商机所属公司的人员才能出现在其决策地图上。</translation>
    </message>
    <message>
        <source>That deal is another company&apos;s.</source>
        <extracomment>What a contract from another company&apos;s deal, or from a deal not won, is refused for.</extracomment>
        <translation>该商机属于另一家公司。</translation>
    </message>
    <message>
        <source>Only a won deal becomes a contract; mark the deal won first.</source>
        <translation>只有赢单的商机才能生成合同；请先把商机标记为赢单。</translation>
    </message>
    <message>
        <source>Each instalment is more than zero.</source>
        <extracomment>What an instalment of nothing (or less) is refused for.</extracomment>
        <translation>每期金额必须大于零。</translation>
    </message>
    <message>
        <source>The probability goes from 0 to 100 %, not {0}.</source>
        <translation>赢率在 0 到 100% 之间，不能是 {0}。</translation>
    </message>
    <message>
        <source>A deal needs a name.</source>
        <translation>商机需要名称。</translation>
    </message>
    <message numerus="yes">
        <source>A deal&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>商机名称最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected close ({0}) is before the deal was created ({1}).</source>
        <translation>预计成交日期（{0}）早于商机创建日期（{1}）。</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The loss reason</source>
        <translation>丢单原因</translation>
    </message>
    <message numerus="yes">
        <source>{0} is at most %n character(s).</source>
        <translation>
            <numerusform>{0}最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A competitor needs a name.</source>
        <translation>竞争对手需要名称。</translation>
    </message>
    <message>
        <source>Each product goes on a deal once; change its quantity instead.</source>
        <translation>每个产品在商机中只能出现一次；请改为修改数量。</translation>
    </message>
    <message>
        <source>A product line&apos;s quantity is at least 1.</source>
        <translation>产品行的数量至少为 1。</translation>
    </message>
    <message>
        <source>A unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>The lines&apos; total</source>
        <translation>产品行合计</translation>
    </message>
    <message>
        <source>A contract needs a number.</source>
        <translation>合同需要编号。</translation>
    </message>
    <message>
        <source>The contract amount must be more than zero.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
    <message>
        <source>The contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message numerus="yes">
        <source>The term goes from 1 to %n month(s).</source>
        <translation>
            <numerusform>期限在 1 到 %n 个月之间。</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract ends ({0}) before it was signed ({1}).</source>
        <translation>合同结束日期（{0}）早于签订日期（{1}）。</translation>
    </message>
    <message>
        <source>The instalments add up to {0}, not the contract&apos;s {1}.</source>
        <translation>分期合计为 {0}，不等于合同金额 {1}。</translation>
    </message>
    <message>
        <source>An instalment of {0} is more than the contract&apos;s {1}.</source>
        <translation>{0} 的分期超过了合同金额 {1}。</translation>
    </message>
    <message>
        <source>That instalment is not on this contract.</source>
        <extracomment>What a payment naming an instalment of another contract (or of none) is refused for.</extracomment>
        <translation>该分期不属于此合同。</translation>
    </message>
    <message>
        <source>The contract is in {0}; record the payment in {0}.</source>
        <translation>合同币种为 {0}；请以 {0} 记录回款。</translation>
    </message>
    <message>
        <source>A payment is more than zero.</source>
        <translation>回款金额必须大于零。</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>The payment {0} is more than that whole instalment ({1}).</source>
        <translation>回款 {0} 超过了该期的全部金额（{1}）。</translation>
    </message>
    <message>
        <source>The payment {0} is more than the whole contract ({1}).</source>
        <translation>回款 {0} 超过了整个合同金额（{1}）。</translation>
    </message>
    <message>
        <source>The payment {0} is more than is still due on the contract ({1}).</source>
        <translation>回款 {0} 超过了合同尚未收回的金额（{1}）。</translation>
    </message>
    <message>
        <source>The payment {0} is more than is still due on that instalment ({1}).</source>
        <translation>回款 {0} 超过了该期尚未收回的金额（{1}）。</translation>
    </message>
    <message>
        <source>Commit</source>
        <extracomment>In the order a forecast lists them, most certain first.</extracomment>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>商机管道</translation>
    </message>
    <message>
        <source>Past due</source>
        <extracomment>The stages that are commit whether marked or not, and those that are best case unless marked committed (proposal &quot;and up&quot;: negotiation is already commit). How many months ahead the forecast looks: the month holding today and the next two.</extracomment>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>✓ supports</source>
        <translation>✓ 支持</translation>
    </message>
    <message>
        <source>○ neutral</source>
        <translation>○ 中立</translation>
    </message>
    <message>
        <source>✗ opposes</source>
        <translation>✗ 反对</translation>
    </message>
    <message>
        <source>Group · {0} companies</source>
        <extracomment>The title above a group of companies&apos; boxes; {0} is how many companies.</extracomment>
        <translation>集团 · {0} 家公司</translation>
    </message>
    <message>
        <source>In no reporting line with the others</source>
        <translation>不在其他人的汇报线上</translation>
    </message>
    <message>
        <source>Give the company&apos;s name.</source>
        <extracomment>The first words of the activity an enquiry leaves on its account: the laptop tells a lead that came from the website by it. The fields a website form sends (the first five are the enquiry, the rest optional). The longest message kept (a form&apos;s text area; a novel is cut short, not refused). A contact&apos;s name and email hold this much (crmdesk.store.models.Contact).</extracomment>
        <translation>请填写公司名称。</translation>
    </message>
    <message>
        <source>Give the name of the person to contact.</source>
        <translation>请填写联系人姓名。</translation>
    </message>
    <message>
        <source>Give a phone number or an email address, so we can answer.</source>
        <translation>请填写电话或电子邮箱，以便我们回复。</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（无留言）</translation>
    </message>
    <message>
        <source>Web enquiry via {0} from {1} ({2}):
{3}</source>
        <translation>来自 {0} 的官网咨询，咨询人 {1}（{2}）：
{3}</translation>
    </message>
    <message>
        <source>Web enquiry via {0} from {1}:
{2}</source>
        <translation>来自 {0} 的官网咨询，咨询人 {1}：
{2}</translation>
    </message>
    <message>
        <source>Every lead (round robin)</source>
        <translation>每条线索（轮流分配）</translation>
    </message>
    <message>
        <source>Region is</source>
        <translation>地区为</translation>
    </message>
    <message>
        <source>Industry is</source>
        <translation>行业为</translation>
    </message>
    <message>
        <source>An assignment setting belongs to a team.</source>
        <translation>分配设置属于某个团队。</translation>
    </message>
    <message>
        <source>A region or industry rule needs the region or industry it matches.</source>
        <translation>地区或行业规则需要填写其匹配的地区或行业。</translation>
    </message>
    <message>
        <source>A region or industry rule needs at least one rep.</source>
        <translation>地区或行业规则至少需要一名销售。</translation>
    </message>
    <message>
        <source>The cap on open leads is between 1 and {0}.</source>
        <translation>未完成线索上限在 1 到 {0} 之间。</translation>
    </message>
    <message>
        <source>An away setting names the rep and the last day they are away.</source>
        <translation>外出设置需要指明销售及其外出的最后一天。</translation>
    </message>
    <message>
        <source>A rule names someone who is not a user.</source>
        <translation>规则中指定的人不是系统用户。</translation>
    </message>
    <message>
        <source>A rep marks only themselves away and back; the team lead sets the rest of the web enquiry assignment (or an administrator).</source>
        <extracomment>The answer to a rep writing any assignment setting but their own away day.</extracomment>
        <translation>销售只能把自己标记为外出或返回；官网咨询分配的其他设置由团队主管（或管理员）设置。</translation>
    </message>
    <message>
        <source>“{0}” is not a kind of assignment setting.</source>
        <translation>“{0}”不是分配设置的类型。</translation>
    </message>
    <message>
        <source>A rule&apos;s place in the order is a number from 0.</source>
        <translation>规则的顺序位置是从 0 开始的数字。</translation>
    </message>
    <message numerus="yes">
        <source>A rule&apos;s region or industry is at most %n character(s).</source>
        <translation>
            <numerusform>规则的地区或行业最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>No company-name column: choose the column that holds the company, or name it “Company” (公司名称, שם החברה). Columns found: {0}</source>
        <extracomment>Accepted header names for each field (compared case- and space-insensitively). company_words(name), derived once when the row is read (matching and the stored name key both need it; None: derived where asked) Which column each field is read from: field -&gt; the column&apos;s header as in the file.</extracomment>
        <translation>没有公司名称列：请选择存放公司名称的列，或将该列命名为“公司名称”（Company、שם החברה）。找到的列：{0}</translation>
    </message>
    <message>
        <source>“{0}” is not a field a lead has; fields: {1}.</source>
        <translation>“{0}”不是线索的字段；可用字段：{1}。</translation>
    </message>
    <message>
        <source>No column “{0}” in the file. Columns found: {1}</source>
        <translation>文件中没有“{0}”列。找到的列：{1}</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <extracomment>The encodings a lead file may come in besides UTF-8: the code pages spreadsheet programs save &quot;CSV&quot; in on Windows (one per system language), GB18030 (Chinese Excel), Big5, Shift-JIS and the Korean code page, each with the name a user knows it by.</extracomment>
        <translation>Windows-1252（西欧语言）</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250（中欧语言）</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251（西里尔文）</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253（希腊文）</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254（土耳其文）</translation>
    </message>
    <message>
        <source>Windows-1255 (Hebrew)</source>
        <translation>Windows-1255（希伯来文）</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256（阿拉伯文）</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257（波罗的海语言）</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258（越南文）</translation>
    </message>
    <message>
        <source>Windows-874 (Thai)</source>
        <translation>Windows-874（泰文）</translation>
    </message>
    <message>
        <source>GB18030 (Simplified Chinese)</source>
        <translation>GB18030（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>Shift-JIS（日文）</translation>
    </message>
    <message>
        <source>Windows-949 (Korean)</source>
        <translation>Windows-949（韩文）</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” (or say which encoding it is in) and import it again.</source>
        <extracomment>How much less orderly than the best reading another may look and still count as a way to read the file (charset-normalizer&apos;s &quot;chaos&quot;, from 0 to 1).</extracomment>
        <translation>请将其另存为“CSV UTF-8”（或指明它的编码）后重新导入。</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between two encodings a file may be in (&quot;as cp1252 or cp1250: …&quot;).</extracomment>
        <translation> 或 </translation>
    </message>
    <message>
        <source>“{0}” is not an encoding this app knows.</source>
        <translation>本应用不认识编码“{0}”。</translation>
    </message>
    <message>
        <source>The file is not {0} text (byte {1:,}).</source>
        <translation>该文件不是 {0} 文本（第 {1:,} 个字节）。</translation>
    </message>
    <message>
        <source>The file says it is {0} text but is not (byte {1:,}).</source>
        <translation>该文件标明为 {0} 文本，但实际不是（第 {1:,} 个字节）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and its encoding cannot be told.</source>
        <translation>该文件不是 UTF-8 文本，也无法判断它的编码。</translation>
    </message>
    <message>
        <source>as {0}: {1}</source>
        <translation>按 {0} 读取：{1}</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and it reads differently in several encodings; {0}.</source>
        <translation>该文件不是 UTF-8，按几种编码读出的内容各不相同：{0}。</translation>
    </message>
    <message>
        <source>has a cell longer than {0} KiB; shorten it (or check for a quote that is never closed)</source>
        <translation>有单元格超过 {0} KiB；请缩短它（或检查是否有未闭合的引号）</translation>
    </message>
    <message>
        <source>has no END:VCARD before the next card begins</source>
        <extracomment>RFC 5322 lines: a vCard line is folded to at most this many octets. Two-character Chinese surnames (复姓): the rest of the name is the given name. TYPE values that mark a mobile number. in the year NO_YEAR when the card gives only month and day (None: not given)</extracomment>
        <translation>下一张名片开始前缺少 END:VCARD</translation>
    </message>
    <message>
        <source>has no END:VCARD (the file ends inside it)</source>
        <translation>缺少 END:VCARD（文件在名片中途结束）</translation>
    </message>
    <message>
        <source>has no name (FN or N)</source>
        <translation>没有姓名（FN 或 N）</translation>
    </message>
    <message>
        <source>phone {0}</source>
        <translation>电话 {0}</translation>
    </message>
    <message>
        <source>email {0}</source>
        <translation>邮箱 {0}</translation>
    </message>
    <message>
        <source>more phones or emails than a contact keeps: {0} (kept in the notes)</source>
        <translation>电话或邮箱多于联系人可保存的数量：{0}（已记入备注）</translation>
    </message>
    <message>
        <source>a birthday that is not a day: “{0}” (kept in the notes)</source>
        <translation>生日不是有效日期：“{0}”（已记入备注）</translation>
    </message>
    <message>
        <source>cannot be read ({0})</source>
        <translation>无法读取（{0}）</translation>
    </message>
    <message>
        <source>the card was exported from this contact (its UID)</source>
        <translation>该名片由此联系人导出（UID 相同）</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>same phone {0}</source>
        <translation>电话相同：{0}</translation>
    </message>
    <message>
        <source>same email {0}</source>
        <translation>邮箱相同：{0}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The header line cannot be read: {0}.</source>
        <translation>无法读取标题行：{0}。</translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s) where the header has {0}; check for a stray comma or quote</source>
        <translation>
            <numerusform>有 %n 个字段，而标题行有 {0} 个；请检查是否多了逗号或引号</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: control characters or line breaks were taken out.</source>
        <translation>{0}：已去除控制字符或换行符。</translation>
    </message>
    <message>
        <source>has no company name</source>
        <translation>没有公司名称</translation>
    </message>
    <message>
        <source>contact details without a contact name: filed under the company</source>
        <translation>有联系方式但没有联系人姓名：已记在公司名下</translation>
    </message>
    <message>
        <source>already known as “{0}”: {1}</source>
        <translation>已有客户“{0}”：{1}</translation>
    </message>
    <message>
        <source>repeats line {0} “{1}”: {2}</source>
        <translation>与第 {0} 行“{1}”重复：{2}</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The forward path shown on the card; Lost sits outside it.</extracomment>
        <translation>线索</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>A company we know of but have not yet spoken with in both directions.</source>
        <translation>我们知道这家公司，但尚未与其双向沟通。</translation>
    </message>
    <message>
        <source>We can reach a person there and have had a two-way conversation about their needs.</source>
        <translation>能联系到对方的人，并已就其需求进行过双向沟通。</translation>
    </message>
    <message>
        <source>They want to buy: an open opportunity has an amount and an expected close date.</source>
        <translation>有购买意向：有一个未成交商机，已填写金额和预计成交日期。</translation>
    </message>
    <message>
        <source>A contract is signed and at least one payment on it has been received.</source>
        <translation>合同已签订，且至少已收到一笔回款。</translation>
    </message>
    <message>
        <source>We stopped pursuing this account; the reason is recorded.</source>
        <translation>我们已放弃跟进该客户；原因已记录。</translation>
    </message>
    <message>
        <source>a contact with a valid phone number or email</source>
        <extracomment>Each need in plain words (the command line prints them; the window translates them).</extracomment>
        <translation>一位有有效电话或邮箱的联系人</translation>
    </message>
    <message>
        <source>a logged two-way conversation (a call, visit or meeting that reached them)</source>
        <translation>一条已记录的双向沟通（联系上对方的电话、拜访或会议）</translation>
    </message>
    <message>
        <source>an open opportunity with an amount and an expected close date</source>
        <translation>一个已填写金额和预计成交日期的未成交商机</translation>
    </message>
    <message>
        <source>a signed contract</source>
        <translation>一份已签订的合同</translation>
    </message>
    <message>
        <source>a received payment on the contract</source>
        <translation>合同的一笔已到账回款</translation>
    </message>
    <message>
        <source>Lost accounts can be reopened as a lead.</source>
        <extracomment>Each next step in plain words: {0} the next status, {1} what it lacks (&quot;; &quot; between).</extracomment>
        <translation>已丢单的客户可重新作为线索开启。</translation>
    </message>
    <message>
        <source>This account has reached the end of the sales path.</source>
        <translation>该客户已走完整个销售流程。</translation>
    </message>
    <message>
        <source>Ready to move to {0}.</source>
        <translation>可以推进到{0}。</translation>
    </message>
    <message>
        <source>{0} needs: {1}.</source>
        <translation>推进到{0}还需要：{1}。</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two needs in a list of them.
----------
Between two onboarding steps in a list of them.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>Earned</source>
        <extracomment>What people call each kind of entry.</extracomment>
        <translation>已获得</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲回</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>This customer has no member card; issue one first.</source>
        <extracomment>The most points one entry moves (and a rule gives per amount): beyond is a typo.</extracomment>
        <translation>该客户还没有会员卡；请先发卡。</translation>
    </message>
    <message>
        <source>A member card needs a number.</source>
        <translation>会员卡需要卡号。</translation>
    </message>
    <message>
        <source>This customer already has member card {0}.</source>
        <translation>该客户已有会员卡 {0}。</translation>
    </message>
    <message>
        <source>Card number {0} is already {1}&apos;s.</source>
        <translation>卡号 {0} 已属于{1}。</translation>
    </message>
    <message>
        <source>The card holder is a contact of this company.</source>
        <translation>持卡人必须是该公司的联系人。</translation>
    </message>
    <message>
        <source>An entry moves some points: enter a number other than zero.</source>
        <translation>每条记录都要变动积分：请输入非零的数字。</translation>
    </message>
    <message>
        <source>Say why: {0} needs a reason.</source>
        <translation>说明原因：{0}需要填写原因。</translation>
    </message>
    <message>
        <source>An entry says who made it.</source>
        <translation>记录需要注明由谁创建。</translation>
    </message>
    <message>
        <source>Points earned or reversed name the payment they come from.</source>
        <translation>获得或冲回的积分需要注明来源回款。</translation>
    </message>
    <message>
        <source>Points earned are more than zero.</source>
        <translation>获得的积分必须大于零。</translation>
    </message>
    <message>
        <source>Points redeemed or reversed are taken away (less than zero).</source>
        <translation>兑换或冲回的积分是扣减（小于零）。</translation>
    </message>
    <message>
        <source>An entry moves at most {0:,} points.</source>
        <translation>每条记录最多变动 {0:,} 积分。</translation>
    </message>
    <message>
        <source>An entry is earned, reversed, redeemed or adjusted.</source>
        <translation>记录类型只能是获得、冲回、兑换或调整。</translation>
    </message>
    <message>
        <source>The membership rule belongs to a team; choose one.</source>
        <translation>会员规则属于某个团队；请选择团队。</translation>
    </message>
    <message>
        <source>Nothing to earn: {0}</source>
        <translation>没有可获得的积分：{0}</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>The levels a team starts with: every member is a Member, then by points collected. (The window shows these names in its language: a team&apos;s own names are shown as typed.)</extracomment>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡会员</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡会员</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金会员</translation>
    </message>
    <message>
        <source>the team&apos;s rule counts payments in {0}, and this one is in {1}.</source>
        <translation>团队规则按 {0} 计算回款，而这笔回款是 {1}。</translation>
    </message>
    <message>
        <source>the payment is less than the rule&apos;s amount for a point.</source>
        <translation>回款金额低于规则中一积分所需的金额。</translation>
    </message>
    <message>
        <source>a redemption</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>an adjustment</source>
        <translation>调整</translation>
    </message>
    <message numerus="yes">
        <source>A reason is at most %n character(s).</source>
        <translation>
            <numerusform>原因最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only {0:,} point(s) to redeem; {1:,} asked.</source>
        <translation>
            <numerusform>只有 {0:,} 积分可兑换；申请了 {1:,}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card number is at most %n character(s).</source>
        <translation>
            <numerusform>卡号最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is not NAME=POINTS (such as Gold=5000).</source>
        <translation>“{0}”不是“名称=积分”的格式（例如 Gold=5000）。</translation>
    </message>
    <message>
        <source>“{0}” is not a whole number of points.</source>
        <translation>“{0}”不是整数积分。</translation>
    </message>
    <message>
        <source>A rule gives between 1 and 10,000 points per amount.</source>
        <translation>规则每个金额给予 1 到 10,000 积分。</translation>
    </message>
    <message>
        <source>A rule&apos;s amount for its points is more than zero.</source>
        <translation>规则中换取积分的金额必须大于零。</translation>
    </message>
    <message>
        <source>Choose the currency the rule counts.</source>
        <translation>请选择规则计算的币种。</translation>
    </message>
    <message>
        <source>A rule&apos;s amount for its points is beyond belief.</source>
        <translation>规则中换取积分的金额大得离谱。</translation>
    </message>
    <message>
        <source>Levels are a list of names with the points they start at.</source>
        <translation>等级是名称及其起始积分的列表。</translation>
    </message>
    <message>
        <source>Name the SMS template (at most 120 characters), or none.</source>
        <translation>请填写短信模板名称（最多 120 个字符），或留空。</translation>
    </message>
    <message>
        <source>Every level has a name.</source>
        <translation>每个等级都需要名称。</translation>
    </message>
    <message numerus="yes">
        <source>A level&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>等级名称最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Two levels have the same name.</source>
        <translation>有两个等级同名。</translation>
    </message>
    <message>
        <source>A level starts at zero points or more.</source>
        <translation>等级的起始积分不小于零。</translation>
    </message>
    <message>
        <source>Two levels start at the same points.</source>
        <translation>有两个等级的起始积分相同。</translation>
    </message>
    <message>
        <source>Business line</source>
        <extracomment>Basic fields the user chooses between when the two records differ, with their labels.</extracomment>
        <translation>业务线</translation>
    </message>
    <message>
        <source>Choose two different accounts to merge.</source>
        <extracomment>Matching keys stored beside a field; they go wherever the field&apos;s value goes. When this laptop made the record, if that is still known (it has not been sent yet); None: it was already on the server, which makes it the older one.</extracomment>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <source>“{0}” is not a field that can be chosen when merging.</source>
        <translation>“{0}”不是合并时可选择的字段。</translation>
    </message>
    <message>
        <source>The value of {0} must come from one of the two accounts.</source>
        <translation>{0}的值必须来自两个客户之一。</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <extracomment>The merge fields, as written between the braces, with what people call them.</extracomment>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact&apos;s job title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>客户负责人</translation>
    </message>
    <message>
        <source>Amount of the company&apos;s largest open deal</source>
        <translation>该公司最大未成交商机的金额</translation>
    </message>
    <message>
        <source>End date of the company&apos;s latest contract</source>
        <translation>该公司最近一份合同的结束日期</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Member&apos;s points balance</source>
        <translation>会员积分余额</translation>
    </message>
    <message>
        <source>Member&apos;s level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points just earned or spent (in the points SMS)</source>
        <translation>刚获得或使用的积分（积分短信中）</translation>
    </message>
    <message>
        <source>interrupted; it may have gone — check before sending again</source>
        <extracomment>Why a message left in &quot;sending&quot; by a crash or a kill is not sent again by itself, and why one is skipped: marked sentences of no figures, so the outbox keeps their words.</extracomment>
        <translation>发送中断；可能已经发出——重新发送前请先核实</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>没有邮箱</translation>
    </message>
    <message>
        <source>no mobile number</source>
        <translation>没有手机号</translation>
    </message>
    <message>
        <source>A template belongs to a team; choose one.</source>
        <translation>模板属于某个团队；请选择团队。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请给模板命名。</translation>
    </message>
    <message>
        <source>Write the message&apos;s text.</source>
        <translation>请填写消息正文。</translation>
    </message>
    <message>
        <source>An email template needs a subject.</source>
        <translation>邮件模板需要主题。</translation>
    </message>
    <message>
        <source>An SMS has no subject; leave it empty.</source>
        <translation>短信没有主题；请留空。</translation>
    </message>
    <message>
        <source>A template is an email or an SMS template.</source>
        <translation>模板只能是邮件模板或短信模板。</translation>
    </message>
    <message>
        <source>Unknown merge field “{0}”; known: {1}.</source>
        <translation>未知的合并字段“{0}”；可用字段：{1}。</translation>
    </message>
    <message>
        <source>A merge field opens with “{{” and is never closed with “}}”.</source>
        <translation>合并字段以“{{”开头，却没有以“}}”结束。</translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>模板名称最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A message is at most {0:,} characters.</source>
        <translation>消息最多 {0:,} 个字符。</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s request body is a JSON template whose strings may hold {to} and {text}, such as {&quot;to&quot;: &quot;{to}&quot;, &quot;message&quot;: &quot;{text}&quot;}.</source>
        <extracomment>A template&apos;s text parsed once: literal text, and (field, fallback) for each field.</extracomment>
        <translation>短信网关的请求体是一个 JSON 模板，其字符串中可包含 {to} 和 {text}，例如 {&quot;to&quot;: &quot;{to}&quot;, &quot;message&quot;: &quot;{text}&quot;}。</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The movements in the order the review lists them.</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Amount up</source>
        <translation>金额上调</translation>
    </message>
    <message>
        <source>Amount down</source>
        <translation>金额下调</translation>
    </message>
    <message>
        <source>Close date pushed</source>
        <translation>成交日期推迟</translation>
    </message>
    <message>
        <source>Stuck: close date passed</source>
        <translation>停滞：已过预计成交日</translation>
    </message>
    <message numerus="yes">
        <source>Stuck: %n day(s) in stage (limit {0})</source>
        <translation>
            <numerusform>停滞：在当前阶段 %n 天（上限 {0} 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping: pushed {0}× by %n day(s)</source>
        <translation>
            <numerusform>延期：推迟 {0} 次，共 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Back after days without two-way contact</source>
        <extracomment>The statuses that return to the pool (and that a rep&apos;s held &quot;open leads&quot; count). The most days any rule counts (ten years): a larger figure is a typo. The most claims a day or open leads a rule may name. A team with no rules of its own: claims limited, but nothing returns to the pool. What the rules dialog and `crmdesk-server pool rules --suggested` offer a lead turning returns on: a month without two-way contact, a quarter without a deal. The rules&apos; fields as people say them (the dialog, the CLI and refusals).</extracomment>
        <translation>多少天无双向沟通后退回</translation>
    </message>
    <message>
        <source>Back after days without a deal</source>
        <translation>多少天无商机后退回</translation>
    </message>
    <message>
        <source>Claims a day per rep</source>
        <translation>每位销售每天可领取数</translation>
    </message>
    <message>
        <source>Open leads a rep may hold</source>
        <translation>每位销售可持有的未成交线索数</translation>
    </message>
    <message>
        <source>Days before the previous owner may claim it back</source>
        <translation>前负责人需等待多少天才能重新领取</translation>
    </message>
    <message>
        <source>Warn this many days ahead</source>
        <translation>提前多少天提醒</translation>
    </message>
    <message>
        <source>Pool rules belong to a team; choose one.</source>
        <translation>公海规则属于某个团队；请选择团队。</translation>
    </message>
    <message>
        <source>{0}: give a number of days from 0 to {1}.</source>
        <translation>{0}：请填写 0 到 {1} 之间的天数。</translation>
    </message>
    <message>
        <source>{0}: give a number from 0 (no limit) to {1}.</source>
        <translation>{0}：请填写 0（不限）到 {1} 之间的数字。</translation>
    </message>
    <message numerus="yes">
        <source>no two-way contact for %n day(s) (since {0})</source>
        <translation>
            <numerusform>%n 天无双向联系（自 {0} 起）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no deal for %n day(s) (since {0})</source>
        <translation>
            <numerusform>%n 天无商机（自 {0} 起）</numerusform>
        </translation>
    </message>
    <message>
        <source>its owner</source>
        <extracomment>Who an account&apos;s owner was when the server knows no name for them.</extracomment>
        <translation>原负责人</translation>
    </message>
    <message>
        <source>Returned to the team pool from {0}: {1}.</source>
        <translation>已从 {0} 退回团队公海：{1}。</translation>
    </message>
    <message>
        <source>Returned to the team pool: {0}.</source>
        <translation>已退回团队公海：{0}。</translation>
    </message>
    <message>
        <source>Released to the team pool by {0}.</source>
        <translation>由 {0} 释放到团队公海。</translation>
    </message>
    <message>
        <source>Given to the team pool from {0} by {1}.</source>
        <translation>由 {1} 从 {0} 移交到团队公海。</translation>
    </message>
    <message>
        <source>Given to the team pool by {0}.</source>
        <translation>由 {0} 移交到团队公海。</translation>
    </message>
    <message>
        <source>Back with {0}: a conversation on {1}, logged before the deadline ({2}), keeps the lead; the return to the pool is undone.</source>
        <translation>回到 {0} 名下：{1} 的一次沟通在截止日（{2}）前已记录，线索保留；退回公海已撤销。</translation>
    </message>
    <message numerus="yes">
        <source>You have claimed %n account(s) on {0}, your team&apos;s limit for a day; claim more tomorrow.</source>
        <translation>
            <numerusform>你在 {0} 已领取 %n 个客户，达到团队每日上限；请明天再领取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You hold %n open lead(s), your team&apos;s limit; work or close some before claiming more.</source>
        <translation>
            <numerusform>你持有 %n 条未完成线索，已达团队上限；请先跟进或关闭一些再领取。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account went back to the pool from you; you may claim it again from {0}.</source>
        <translation>该客户是从你这里退回公海的；你可以从 {0} 起再次领取。</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>In turn among the team&apos;s service users</source>
        <translation>团队客服轮流负责</translation>
    </message>
    <message>
        <source>Always the same service user</source>
        <translation>始终由同一位客服</translation>
    </message>
    <message>
        <source>Kick-off call</source>
        <extracomment>The checklist of a team that set none (the window words these names in its language where it shows them; a team&apos;s own names are shown as typed).</extracomment>
        <translation>启动会</translation>
    </message>
    <message>
        <source>Account opening</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>A hand-off rule belongs to a team; choose one.</source>
        <extracomment>Limits of a checklist (a typo of a year in days is refused, not scheduled).</extracomment>
        <translation>移交规则属于某个团队；请选择团队。</translation>
    </message>
    <message>
        <source>The onboarding checklist needs at least one step.</source>
        <translation>入职清单至少需要一个步骤。</translation>
    </message>
    <message numerus="yes">
        <source>The onboarding checklist has at most %n step(s).</source>
        <translation>
            <numerusform>入职清单最多 %n 个步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each onboarding step needs a name.</source>
        <translation>每个入职步骤都需要名称。</translation>
    </message>
    <message numerus="yes">
        <source>An onboarding step&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>入职步骤名称最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>An onboarding step is due 0 to {0} days after the hand-off.</source>
        <translation>入职步骤的期限是移交后 0 到 {0} 天。</translation>
    </message>
    <message>
        <source>Two onboarding steps have the same name; give each its own.</source>
        <translation>有两个入职步骤同名；请给每个步骤不同的名称。</translation>
    </message>
    <message>
        <source>Choose the service user who takes every hand-off.</source>
        <translation>请选择接收所有移交的客服人员。</translation>
    </message>
    <message>
        <source>The service user named must be an active service user of the team.</source>
        <translation>指定的客服人员必须是该团队在职的客服。</translation>
    </message>
    <message>
        <source>Choose how the service owner is picked: in turn, or always the same person.</source>
        <translation>请选择客服负责人的分配方式：轮流，或始终同一人。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}（{1} 前）</translation>
    </message>
    <message>
        <source>Handed over to customer service: {0} serves this customer now. Onboarding: {1}.</source>
        <translation>已移交客服：现由 {0} 服务该客户。上手安排：{1}。</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Channel ROI</source>
        <translation>渠道 ROI</translation>
    </message>
    <message>
        <source>Suspicion</source>
        <extracomment>The loyalty stages in the order a customer goes through them, as people say them.</extracomment>
        <translation>怀疑</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>推荐传播</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} paying accounts ({2:.1%}) make {3:.0%} of {4} over the last 12 months.</source>
        <translation>{1:,} 个付款客户中的 {0:,} 个（{2:.1%}）贡献了近 12 个月回款 {4} 的 {3:.0%}。</translation>
    </message>
    <message>
        <source>No payments received over the last 12 months.</source>
        <translation>近 12 个月没有收到回款。</translation>
    </message>
    <message>
        <source>Accounts by revenue over the last 12 months</source>
        <translation>近 12 个月按回款排名的客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Revenue by band of accounts (top 5% first)</source>
        <translation>按客户分层的回款（前 5% 在先）</translation>
    </message>
    <message>
        <source>Accounts ranked</source>
        <translation>客户排名</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Customers at risk of churn</source>
        <translation>有流失风险的客户</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Revenue 12 months</source>
        <translation>12 个月回款</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} paying customers: no contact for 90 days, or paid less than half of the year before; highest value score first.</source>
        <translation>{1:,} 位付费客户中有 {0:,} 位：90 天未联系，或回款不到上一年的一半；按价值评分从高到低排列。</translation>
    </message>
    <message>
        <source>Loyalty stages</source>
        <translation>忠诚度阶段</translation>
    </message>
    <message>
        <source>Purchases are contracts with money received on them; expectation is a two-way conversation without a purchase yet; advocacy is a repeat customer that referred another company to us (&quot;referred it to us&quot; on the card&apos;s related companies).</source>
        <translation>购买指已收到回款的合同；期望指已有双向沟通但尚未购买；推荐传播指为我们转介绍了其他公司的复购客户（见卡片上关联公司中的“为我们推荐了它”）。</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>All my tasks</source>
        <translation>我的全部任务</translation>
    </message>
    <message>
        <source>Instalment {0} of {1}</source>
        <translation>第 {0} 期，共 {1} 期</translation>
    </message>
    <message>
        <source>{0} outstanding</source>
        <translation>待收 {0}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <source>sales rep</source>
        <extracomment>A user&apos;s role as the status bar names it.</extracomment>
        <translation>销售</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>subsidiary</source>
        <extracomment>neither disabled nor removed (on the server) The owner filter&apos;s value for the team&apos;s public pool (accounts with no owner). Whose accounts the queue shows: one person&apos;s (their id), the pool&apos;s, or anyone&apos;s (None). days until it goes back to the team&apos;s pool, within its team&apos;s warn days (None: no warning); 0: today, or past due awaiting the server&apos;s sweep days until it goes back to the team&apos;s pool, within the warn days (None: no warning) in the year NO_YEAR when only the month and day are known (crmdesk.domain.care) The other company&apos;s role in a link, seen from this one (RelationRow.label).</extracomment>
        <translation>子公司</translation>
    </message>
    <message>
        <source>parent company</source>
        <translation>母公司</translation>
    </message>
    <message>
        <source>parent</source>
        <extracomment>the other company referred this one to us / this one referred the other A role as a refusal names it (its value, in English: &quot;already linked as parent&quot;).</extracomment>
        <translation>母公司</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>referred_by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>{0} is already linked as {1}.</source>
        <extracomment>What a link the two companies already have is refused for.</extracomment>
        <translation>{0}已被关联为{1}。</translation>
    </message>
    <message>
        <source>{0} is already above {1} in the group, so it cannot also be below it.</source>
        <translation>{0}在集团中已位于{1}之上，不能同时位于其下。</translation>
    </message>
    <message>
        <source>another company</source>
        <translation>另一家公司</translation>
    </message>
    <message>
        <source>{0} already has a parent company ({1}); remove that link first.</source>
        <translation>{0}已有母公司（{1}）；请先移除该关联。</translation>
    </message>
    <message>
        <source>{0} was already referred to us by {1}; remove that link first.</source>
        <translation>{0}已由{1}介绍给我们；请先移除该关联。</translation>
    </message>
    <message>
        <source>This link no longer exists; nothing was changed.</source>
        <translation>该关联已不存在；未做任何更改。</translation>
    </message>
    <message>
        <source>This influence is no longer recorded; nothing was changed.</source>
        <translation>该影响关系已不存在；未做任何更改。</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>介绍方</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>An owner change moves the whole account; reassign it from the card instead.</source>
        <translation>更换负责人会转移整个客户；请在客户卡片上重新分配。</translation>
    </message>
    <message>
        <source>The server sets this when the account goes back to the pool (by the team&apos;s rules, or given to it).</source>
        <translation>客户退回公海时由服务器设置（按团队规则，或被转入公海）。</translation>
    </message>
    <message>
        <source>Claiming the account from the pool sets this; use the card&apos;s Claim.</source>
        <translation>从公海领取客户时设置；请使用卡片上的“领取”。</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>服务字段</translation>
    </message>
    <message>
        <source>Why lost</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>服务负责人</translation>
    </message>
    <message>
        <source>Back in the pool since</source>
        <translation>退回公海时间</translation>
    </message>
    <message>
        <source>Back in the pool from</source>
        <translation>退回前负责人</translation>
    </message>
    <message>
        <source>Due back on</source>
        <translation>退回公海日期</translation>
    </message>
    <message>
        <source>Why back in the pool</source>
        <translation>退回公海原因</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <source>Status follows from activities, contracts and payments; use the card&apos;s actions to change it.</source>
        <translation>状态由跟进、合同和回款决定；请使用卡片上的操作来改变它。</translation>
    </message>
    <message>
        <source>A team change moves the whole account; ask your team lead.</source>
        <translation>更换团队会转移整个客户；请联系您的团队主管。</translation>
    </message>
    <message>
        <source>The service owner follows the team&apos;s hand-off rule when the first payment arrives; ask an administrator to change it.</source>
        <translation>首笔回款到账时，服务负责人按团队的交接规则确定；如需更改请联系管理员。</translation>
    </message>
    <message>
        <source>The day it was assigned follows its owner: a claim or a reassignment sets it.</source>
        <translation>分配日期随负责人而定：领取或重新分配时设置。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>Opted out of messages</source>
        <translation>已退订消息</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Expected close</source>
        <extracomment>The columns of the forecast by month.</extracomment>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Amount from products</source>
        <translation>按产品计算金额</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>进入阶段日期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Related company</source>
        <translation>关联公司</translation>
    </message>
    <message>
        <source>Related companies</source>
        <translation>关联公司</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推荐方</translation>
    </message>
    <message>
        <source>Referred company</source>
        <translation>被推荐公司</translation>
    </message>
    <message>
        <source>Product on opportunity</source>
        <translation>商机产品</translation>
    </message>
    <message>
        <source>Products on opportunities</source>
        <translation>商机产品</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Decision roles</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Deal team member</source>
        <translation>商机团队成员</translation>
    </message>
    <message>
        <source>Deal team</source>
        <translation>商机团队</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>在商机中的角色</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>沟通对象</translation>
    </message>
    <message>
        <source>People spoken to</source>
        <translation>沟通对象</translation>
    </message>
    <message>
        <source>Deal change</source>
        <translation>商机变更</translation>
    </message>
    <message>
        <source>Deal changes</source>
        <translation>商机变更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Stage setting</source>
        <translation>阶段设置</translation>
    </message>
    <message>
        <source>Stage settings</source>
        <translation>阶段设置</translation>
    </message>
    <message>
        <source>Stuck after (days)</source>
        <translation>停滞天数</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>To leave the stage</source>
        <translation>离开阶段的条件</translation>
    </message>
    <message>
        <source>Sales target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Target for</source>
        <translation>目标对象</translation>
    </message>
    <message>
        <source>Rep, product or customer</source>
        <translation>销售、产品或客户</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Hand-off rule</source>
        <translation>交接规则</translation>
    </message>
    <message>
        <source>Hand-off rules</source>
        <translation>交接规则</translation>
    </message>
    <message>
        <source>Service owner chosen</source>
        <translation>服务负责人的选择</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>上手清单</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Onboarding task</source>
        <translation>上手任务</translation>
    </message>
    <message>
        <source>Onboarding tasks</source>
        <translation>上手任务</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>An onboarding task stays with its customer.</source>
        <translation>上手任务始终属于其客户。</translation>
    </message>
    <message>
        <source>Onboarding tasks follow the team&apos;s checklist.</source>
        <translation>上手任务按团队的清单生成。</translation>
    </message>
    <message>
        <source>An onboarding task is its customer&apos;s service owner&apos;s.</source>
        <translation>上手任务由客户的服务负责人负责。</translation>
    </message>
    <message>
        <source>Only an administrator removes an onboarding task; mark it done instead.</source>
        <translation>只有管理员能删除上手任务；请改为标记完成。</translation>
    </message>
    <message>
        <source>Assignment setting</source>
        <translation>分配设置</translation>
    </message>
    <message>
        <source>Assignment settings</source>
        <translation>分配设置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Open leads per rep</source>
        <translation>每位销售的未结线索数</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>外出至</translation>
    </message>
    <message>
        <source>Pool rules</source>
        <translation>公海规则</translation>
    </message>
    <message>
        <source>Back after days without contact</source>
        <translation>未联系多少天后退回</translation>
    </message>
    <message>
        <source>Claims a day</source>
        <translation>每日领取数</translation>
    </message>
    <message>
        <source>Open leads held</source>
        <translation>持有的未结线索数</translation>
    </message>
    <message>
        <source>Cooling-off (days)</source>
        <translation>冷却期（天）</translation>
    </message>
    <message>
        <source>Warn days ahead</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Email or SMS</source>
        <translation>邮件或短信</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Reminder mark</source>
        <translation>提醒标记</translation>
    </message>
    <message>
        <source>Reminder marks</source>
        <translation>提醒标记</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>标记人</translation>
    </message>
    <message>
        <source>Care setting</source>
        <translation>关怀设置</translation>
    </message>
    <message>
        <source>Care settings</source>
        <translation>关怀设置</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>Suggested template</source>
        <translation>建议模板</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发卡日期</translation>
    </message>
    <message>
        <source>Points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Points entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>操作时间</translation>
    </message>
    <message>
        <source>Membership rule</source>
        <translation>会员规则</translation>
    </message>
    <message>
        <source>Membership rules</source>
        <translation>会员规则</translation>
    </message>
    <message>
        <source>Per amount</source>
        <translation>每多少金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>SMS when points change</source>
        <translation>积分变动短信</translation>
    </message>
    <message>
        <source>Lead batch</source>
        <translation>线索批次</translation>
    </message>
    <message>
        <source>Lead batches</source>
        <translation>线索批次</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel cost</source>
        <translation>渠道成本</translation>
    </message>
    <message>
        <source>Channel costs</source>
        <translation>渠道成本</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Whole change</source>
        <extracomment>Every kind of record that syncs, by table name (the entity names sync uses).</extracomment>
        <translation>整条修改</translation>
    </message>
    <message>
        <source>Total weighted</source>
        <translation>加权合计</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Unweighted</source>
        <translation>未加权</translation>
    </message>
    <message>
        <source>Deals</source>
        <extracomment>What the notes call the deals left out in other currencies.</extracomment>
        <translation>商机</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n open deal(s) without an expected close.</source>
        <translation>
            <numerusform>%n 个没有预计成交日的未成交商机未计入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n open deal(s) expected to close later.</source>
        <translation>
            <numerusform>%n 个预计更晚成交的未成交商机未计入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: the month&apos;s sales target (the rep&apos;s).</source>
        <extracomment>Whose target the forecast&apos;s plan is, by the scope: a rep&apos;s, a team&apos;s, every team&apos;s.</extracomment>
        <translation>目标：该销售的当月销售目标。</translation>
    </message>
    <message>
        <source>Plan: the month&apos;s sales target (the team&apos;s).</source>
        <translation>目标：该团队的当月销售目标。</translation>
    </message>
    <message>
        <source>Plan: the month&apos;s sales target (every team&apos;s added up).</source>
        <translation>目标：所有团队当月销售目标之和。</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>按预计成交月份的预测</translation>
    </message>
    <message>
        <source>Open deals, weighted by their probability, by the month they are expected to close; past due: expected before {0} and still open.</source>
        <translation>未成交商机按成交概率加权，按预计成交的月份汇总；已逾期：预计在 {0} 之前成交但仍未成交。</translation>
    </message>
    <message>
        <source>Commit: negotiation and deals their owner marks committed; best case: proposal; pipeline: the rest.</source>
        <translation>承诺：谈判阶段的商机，以及负责人标为承诺的商机；最佳情况：方案阶段；商机管道：其余的。</translation>
    </message>
    <message>
        <source>Forecast by category</source>
        <translation>按类别的预测</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>The deals of the forecast by month (past due included) added up per category.</source>
        <translation>按月预测中的商机（含已逾期）按类别汇总。</translation>
    </message>
    <message>
        <source>Conversion from stage to stage</source>
        <translation>阶段间转化</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>review column</comment>
        <translation>到达</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reached: the deals that entered the stage between {0} and {1} by their stage history (created in it counts; a stage skipped over does not). Went on: of those, the ones that entered a later stage (won included) after that, up to today; a deal moved back into a stage counts again and goes on only by moving forward again. Amount: their amounts now.</source>
        <translation>到达：按阶段历史在 {0} 至 {1} 之间进入该阶段的商机（在该阶段创建的也算；被跳过的阶段不算）。推进：其中此后截至今天进入了更后阶段（含赢单）的商机；退回某阶段的商机会再计一次，只有再次向前才算推进。金额：它们现在的金额。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal entry(ies)</source>
        <translation>
            <numerusform>%n 次进入阶段的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifecycle of the accounts acquired in the period</source>
        <translation>本期获取客户的生命周期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>% of leads</source>
        <translation>占线索 %</translation>
    </message>
    <message>
        <source>% of step before</source>
        <translation>占上一阶段 %</translation>
    </message>
    <message>
        <source>The accounts acquired between {0} and {1}, at the step they have reached by now: an account has passed every step before its status. Lost accounts count for the steps their records show they met (a reachable person and a two-way conversation: Potential; also a deal with an amount and a close date: Intended).</source>
        <translation>在 {0} 至 {1} 之间获取的客户，按目前到达的步骤统计：客户已经过其状态之前的每一步。已丢单的客户按其记录显示已满足的步骤计入（有可联系的人和一次双向沟通：潜在客户；另有带金额和成交日期的商机：意向客户）。</translation>
    </message>
    <message>
        <source>{0} (to date)</source>
        <translation>{0}（截至今天）</translation>
    </message>
    <message>
        <source>Customer attrition per year</source>
        <translation>每年客户流失</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>年初客户数</translation>
    </message>
    <message>
        <source>Attrition rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>A customer on a day: an account with a contract that has money received on it and runs that day (from its first payment to its end, or a year after signing when it has none, plus {0} days to renew). Customers at start: those on 1 January; lost: those of them no contract covers on the next 1 January ({1}: today, year to date). The last {2} years, whatever the period.</source>
        <translation>某天的客户：有一份已收到回款、且当天有效的合同的客户（从首笔回款到合同结束，没有结束日期时为签约后一年，另加 {0} 天续约期）。年初客户数：1 月 1 日的客户；流失：其中在下一个 1 月 1 日没有任何合同覆盖的客户（{1} 年：截至今天）。显示最近 {2} 年，与所选期间无关。</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>The kind every company-owned row leads to. a column naming a company that at most one live row names (a company&apos;s one referrer): a merge keeps the survivor&apos;s row and drops the one moved onto it columns whose change re-indexes the company documents the row is part of (a tag&apos;s name); () with `feeds_search` set: any column its fields as the Conflicts and refused-record views name them matching keys stored beside a typed field (key -&gt; field): they follow that field fields a rule sets, with how a rep changes them instead of typing a value fields only the server writes (among `by_rule`): a laptop keeps its own copy but never sends one, and the server refuses a push that changes one, whoever sends it (crmdesk.server.pool.check_account) a team&apos;s settings: the whole team sees them, only its lead (or an admin) changes them, on the laptop and on the server alike rows only ever added (a deal&apos;s history): once made, only what follows the record it hangs on (its owner, its team, removal) may change; a push that rewrites one is refused how a colleague on a deal&apos;s virtual team sees its rows (None: they do not) rows a colleague on a deal&apos;s team adds on the deal (and changes the ones they logged): activities and the people spoken to in them rows only the deal&apos;s owner, the team&apos;s lead or an admin change (the deal&apos;s team) the fields a row&apos;s assignee, the company&apos;s service owner, changes (an onboarding task marked done); a service user logs the `member_logs` kinds on the companies they serve (crmdesk.domain.scope.InService) The fields of an append-only kind&apos;s row that still change: they follow the record it hangs on. Field names every kind shares, as people say them.</extracomment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team pool</source>
        <extracomment>The most records a list behind a figure names (a Pareto bar over a large workspace may count tens of thousands; the list says how many it leaves out). The owner of a record of the team&apos;s pool.</extracomment>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies: their amounts are not shown.</source>
        <translation>
            <numerusform>%n 个商机为其他货币：不显示其金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>The owner of a deal of the team&apos;s pool, in the board&apos;s list.</extracomment>
        <translation>公海</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <extracomment>The board lists this many open deals of each stage, the largest by weighted amount (tens of thousands of cards are no board); a stage&apos;s bar opens all of them.</extracomment>
        <translation>各阶段商机</translation>
    </message>
    <message>
        <source>Avg. days in stage</source>
        <translation>阶段平均天数</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Open deals now; won and lost closed {0} to {1}.</source>
        <translation>未成交商机为当前数据；赢单和丢单为 {0} 至 {1} 期间关闭的。</translation>
    </message>
    <message>
        <source>The {0} largest open deals of each stage by weighted amount ({1:,} of {2:,}); a stage&apos;s bar in Deals by stage opens all of them.</source>
        <translation>每个阶段按加权金额最大的 {0} 个未成交商机（共 {2:,} 个中的 {1:,} 个）；点击“各阶段商机”中该阶段的柱形可列出全部。</translation>
    </message>
    <message>
        <source>The {0} largest open deals of each stage by weighted amount; a stage&apos;s bar in Deals by stage opens all of them.</source>
        <translation>每个阶段按加权金额最大的 {0} 个未成交商机；点击“各阶段商机”中该阶段的柱形可列出全部。</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>未成交商机</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段天数</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Stuck: no stage change for longer than the team&apos;s limit, or the close date has passed; slipping: its close date was pushed out.</source>
        <translation>停滞：超过团队上限的时间没有变更阶段，或已过预计成交日；延期：预计成交日被推迟过。</translation>
    </message>
    <message>
        <source>Changes since {0}</source>
        <translation>自 {0} 以来的变化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>当前金额</translation>
    </message>
    <message>
        <source>Each deal by its net movement from {0} to now: its stage, amount and close date then against now, so a deal moved forward and back again has not moved; a deal counts once in each row.</source>
        <translation>每个商机按其从 {0} 到现在的净变化计：比较当时与现在的阶段、金额和成交日期，因此先推进又退回的商机视为没有变化；一个商机在每一行只计一次。</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Customers shown without a target: the largest payers in the scope.</extracomment>
        <translation>周期</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>Payments and targets</source>
        <translation>回款和目标</translation>
    </message>
    <message>
        <source>Per month: payments credited (the deal&apos;s owner, else the contract&apos;s) against the target; won deals beside them.</source>
        <extracomment>What the per-rep table counts, by the length of its periods.</extracomment>
        <translation>按月：计入的回款（计给商机负责人，否则计给合同负责人）对比目标；旁边为赢单金额。</translation>
    </message>
    <message>
        <source>Per quarter: payments credited (the deal&apos;s owner, else the contract&apos;s) against the target; won deals beside them.</source>
        <translation>按季度：计入的回款（计给商机负责人，否则计给合同负责人）对比目标；旁边为赢单金额。</translation>
    </message>
    <message>
        <source>Per year: payments credited (the deal&apos;s owner, else the contract&apos;s) against the target; won deals beside them.</source>
        <translation>按年：计入的回款（计给商机负责人，否则计给合同负责人）对比目标；旁边为赢单金额。</translation>
    </message>
    <message>
        <source>{0} (team)</source>
        <translation>{0}（团队）</translation>
    </message>
    <message>
        <source>Plan against actual per rep</source>
        <translation>各销售目标与实际</translation>
    </message>
    <message>
        <source>Plan against actual per product</source>
        <translation>各产品目标与实际</translation>
    </message>
    <message>
        <source>A deal&apos;s payments are split over its products pro rata to their lines&apos; value; deals without products count for none.</source>
        <translation>商机的回款按其产品行金额的比例分摊到各产品；没有产品的商机不计入。</translation>
    </message>
    <message>
        <source>Plan against actual per customer</source>
        <translation>各客户目标与实际</translation>
    </message>
    <message>
        <source>Customers with a target, and the {0} that paid the most in the period; actual: the account&apos;s payments.</source>
        <translation>有目标的客户，以及本期间回款最多的 {0} 个客户；实际：该客户的回款。</translation>
    </message>
    <message>
        <source>Rep</source>
        <extracomment>What a person does, as a list of people says it.
----------
The columns of the side-by-side table, in order; each key names a figure of `Rep`.</extracomment>
        <translation>销售</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>未成交金额</translation>
    </message>
    <message>
        <source>Credited this month</source>
        <translation>本月已计入</translation>
    </message>
    <message>
        <source>Credited this quarter</source>
        <translation>本季度已计入</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>About to return to the pool</source>
        <translation>即将退回公海</translation>
    </message>
    <message>
        <source>Stuck deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <source>Slipping deals</source>
        <translation>延期商机</translation>
    </message>
    <message>
        <source>Activities, 7 days</source>
        <translation>跟进记录（7 天）</translation>
    </message>
    <message>
        <source>Activities, 30 days</source>
        <translation>跟进记录（30 天）</translation>
    </message>
    <message>
        <source>Quarter&apos;s target</source>
        <extracomment>The roles of people who own work (accounts and deals). The target columns, after the quarter&apos;s credit they are read against.</extracomment>
        <translation>季度目标</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>Reps side by side</source>
        <translation>销售横向对比</translation>
    </message>
    <message>
        <source>Open deals and credit in {0} (deals and payments in other currencies are not counted); credit is payments received this month and quarter (to {1}), against the quarter&apos;s sales target; stuck, slipping and overdue count every open deal and live account the person owns; about to return to the pool: their accounts the team&apos;s pool rules take back within its warning days (or past due, awaiting the server&apos;s sweep); activities they logged in the 7 and 30 days to {2}.</source>
        <translation>以 {0} 计的未成交商机和业绩（其他货币的商机和回款不计入）；业绩为本月和本季度（至 {1}）收到的回款，对比本季度销售目标；停滞、延期和逾期统计此人负责的所有未成交商机和有效客户；即将退回公海：团队公海规则将在提醒天数内收回的其客户（或已到期、等待服务器收回的）；活动为截至 {2} 的 7 天和 30 天内其记录的活动。</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完整</translation>
    </message>
    <message>
        <source>Acquired in</source>
        <translation>获客月份</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Revenue by T+1</source>
        <translation>T+1 回款</translation>
    </message>
    <message>
        <source>Revenue by T+2</source>
        <translation>T+2 回款</translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation>至今回款</translation>
    </message>
    <message>
        <source>ROI T+1</source>
        <translation>ROI T+1</translation>
    </message>
    <message>
        <source>ROI T+2</source>
        <translation>ROI T+2</translation>
    </message>
    <message>
        <source>ROI to date</source>
        <translation>至今 ROI</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>获客批次</translation>
    </message>
    <message>
        <source>Revenue without a cost</source>
        <extracomment>A month&apos;s or a channel&apos;s columns: the cohorts&apos; added up, and the revenue of those without a cost entered apart (their ROI is read over the cohorts with a cost).</extracomment>
        <translation>无成本的回款</translation>
    </message>
    <message>
        <source>ROI is over the cohorts with a cost entered: their revenue against their cost; revenue of months without a cost is in “Revenue without a cost” and not in ROI.</source>
        <translation>ROI 只按录入了成本的批次计算：其回款对比其成本；没有成本的月份的回款列在“无成本的回款”中，不计入 ROI。</translation>
    </message>
    <message>
        <source>Cost is the channel&apos;s monthly cost shared by leads: this scope carries its leads&apos; share of it (of the leads this workspace holds).</source>
        <translation>成本为渠道的月度成本按线索分摊：此范围承担其线索所占的份额（按本工作区中的线索计）。</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Leads of one channel acquired in one month (T); revenue is what those companies paid by the end of month T+1, T+2 and to date; ROI = (revenue − cost) / cost.</source>
        <translation>同一渠道在同一个月（T）获取的线索；回款为这些公司截至 T+1 月、T+2 月月底及至今支付的金额；ROI =（回款 − 成本）/ 成本。</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n cohort(s) whose T+2 month has not ended yet (their figures still grow).</source>
        <translation>
            <numerusform>%n 个获客批次尚不完整：其 T+2 月尚未结束，数字仍会增长。</numerusform>
        </translation>
    </message>
    <message>
        <source>ROI by acquisition cohort</source>
        <translation>按获客批次的 ROI</translation>
    </message>
    <message>
        <source>Cost and revenue by month of acquisition</source>
        <translation>按获客月份的成本与回款</translation>
    </message>
    <message>
        <source>Every channel&apos;s cohorts of a month added up.</source>
        <translation>同一月份所有渠道的批次合计。</translation>
    </message>
    <message>
        <source>ROI by channel</source>
        <translation>按渠道的 ROI</translation>
    </message>
    <message>
        <source>Each channel&apos;s cohorts of the period added up.</source>
        <translation>每个渠道在本期间的批次合计。</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <extracomment>The colour of each kind&apos;s mark, and of each loyalty stage&apos;s.</extracomment>
        <translation>
            <numerusform>购买 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} and referred %n company(ies) to us</source>
        <translation>
            <numerusform>{0}，并为我们转介绍了 %n 家公司</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} so far; referred {1}, advocacy follows a repeat purchase</source>
        <translation>目前{0}；已转介绍 {1} 家，复购后即进入推荐传播</translation>
    </message>
    <message>
        <source>{0} so far; a referral would make it an advocate</source>
        <translation>目前{0}；一次转介绍即可进入推荐传播</translation>
    </message>
    <message>
        <source>1 purchase so far; a second makes it a repeat customer</source>
        <translation>目前购买 1 次；再买一次即成为复购客户</translation>
    </message>
    <message>
        <source>a two-way conversation, no purchase yet</source>
        <translation>已有双向沟通，尚未购买</translation>
    </message>
    <message>
        <source>no two-way conversation and no purchase yet</source>
        <translation>尚无双向沟通，也未购买</translation>
    </message>
    <message>
        <source>Repeat sale</source>
        <extracomment>What a product is known by in a purchase history (its id, or its id&apos;s text). A group of similar customers: (&quot;industry&quot;, &quot;Retail&quot;), (&quot;scale&quot;, &quot;50-199&quot;), or ALL. A segment with fewer customers than this says too little: the next, broader one is read instead (industry, then scale, then all customers). A rule is offered when at least this many customers bought both, ... ... and at least this share of those who bought A also bought B. A usual interval needs this many repurchases (gaps) of the product behind it, ... ... and this share of its buyers having bought it again: a product bought once by most (an implementation) has no usual interval, whatever a few did. At most this many suggestions of each kind.</extracomment>
        <translation>复购机会</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>升级销售</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>交叉销售</translation>
    </message>
    <message>
        <source>last bought {0} days ago ({1}); {2} of its buyers buy it again, usually after {3} days (median of {4} repurchases)</source>
        <extracomment>Each kind&apos;s reason, worded from a suggestion&apos;s `figures` ({0}…; a cross-sell&apos;s {1} is its segment, worded by SEGMENT_WORDS from figures 1 and 2).</extracomment>
        <translation>最近一次购买在 {0} 天前（{1}）；{2} 的买家会再次购买，通常间隔 {3} 天（{4} 次复购的中位数）</translation>
    </message>
    <message>
        <source>has {0} (tier {1} of {2}); the next tier is {3}</source>
        <translation>已有 {0}（{2} 第 {1} 档）；下一档是 {3}</translation>
    </message>
    <message>
        <source>{0} of {1} who bought {2} also bought {3} ({4} of {5}; support {6} of {7})</source>
        <translation>购买了 {2} 的{1}中，{0} 也购买了 {3}（{5} 家中有 {4} 家；支持度 {6}，共 {7} 家）</translation>
    </message>
    <message>
        <source>customers in {0}</source>
        <extracomment>The customers a cross-sell&apos;s rule was read among.</extracomment>
        <translation>{0}行业的客户</translation>
    </message>
    <message>
        <source>customers of {0} employees</source>
        <translation>{0} 人规模的客户</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>The settings dialog&apos;s pages, in order (crmdesk.ui.settings_dialog).</extracomment>
        <translation>常规</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <extracomment>Our languages by code, each named in itself (as the menu and the dialog show them). &quot;choice&quot;: one of `choices` (stored value, label); &quot;time&quot;: HH:MM typed; &quot;number&quot;: a whole number within `bounds`, shown with `suffix` None: internal, not in the settings dialog The queue&apos;s filter; empty: the default for the user&apos;s role. When a follow-up or task with no time of its own falls due (HH:MM, the laptop&apos;s clock).</extracomment>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>When a follow-up or task with no time of its own is due, on this computer&apos;s clock (HH:MM, e.g. 09:00).</source>
        <translation>没有设定时间的跟进或任务在此时到期，按本机时钟（HH:MM，例如 09:00）。</translation>
    </message>
    <message>
        <source>Sync every</source>
        <extracomment>How often to sync while signed in (seconds); also how soon an offline laptop retries.</extracomment>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the window syncs with the server while you are signed in, and how soon it tries again when the server cannot be reached.</source>
        <translation>登录后窗口与服务器同步的频率，以及连不上服务器时多久后重试。</translation>
    </message>
    <message>
        <source>Takes effect when you next start crmdesk.</source>
        <translation>下次启动 crmdesk 时生效。</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Light or dark colours, or the system&apos;s (crmdesk.ui.style.apply_theme).</extracomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>This record is no longer on this laptop (it left your scope), so your value cannot be put back; copy it from here if you still need it.</source>
        <translation>此记录已不在本机（已超出您的权限范围），您的值无法恢复；如仍需要，请从这里复制。</translation>
    </message>
    <message>
        <source>The server refused this change as a whole; sending it again would be refused too. Copy what you need from your values shown here.</source>
        <translation>服务器拒绝了整条修改；再次发送同样会被拒绝。请从这里显示的您的值中复制所需内容。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>What `shown` says for an empty value and a flag&apos;s two values.</extracomment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The parts the accounts with payments are read in, by their stored ids (32 hex digits of a random uuid4: as many in each), from the lowest (from, up to; None: the end). The place in the statement&apos;s rows (`_statement`) of whether the churn rule may call the account at risk A team&apos;s or a rep&apos;s accounts, in one part (a tenth of every team&apos;s: not worth a worker) Whether an account is a key account (one of the few that make 80% of the revenue).</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(no longer on this laptop)</source>
        <extracomment>A record&apos;s name when it is no longer here and the change did not name it.</extracomment>
        <translation>（已不在本机）</translation>
    </message>
    <message>
        <source>This conflict was already dealt with.</source>
        <extracomment>The words of `shown` that are the domain&apos;s own (the rest are people&apos;s values).</extracomment>
        <translation>该冲突已处理。</translation>
    </message>
    <message>
        <source>The server is busy: try again in a moment.</source>
        <extracomment>How long a request over the limit waits for another to finish before it is turned away. What a turned-away laptop is told to wait before it asks again (seconds).</extracomment>
        <translation>服务器繁忙：请稍后再试。</translation>
    </message>
    <message>
        <source>This server speaks sync protocol {0} and the app speaks {1}; update the app.</source>
        <extracomment>Larger request bodies are refused before they are read. Paths answered whatever the load: a probe must tell &quot;busy&quot; from &quot;down&quot;. Web enquiries wait for their batch holding no connection: their batcher admits them (crmdesk.server.intake_batch), not the places here. What a pull reads after its head, in one statement: the viewer&apos;s role and team as they stand (a move committed since the sign-in was read is seen), the user&apos;s epoch, and the newest field stamp. Each sees every change up to the head (committed before it began). A moment in a query, as ISO 8601 text (the date-time the API documents).</extracomment>
        <translation>此服务器使用同步协议 {0}，而应用使用 {1}；请更新应用。</translation>
    </message>
    <message>
        <source>This server speaks sync protocol {0} and the app speaks {1}; update the server.</source>
        <translation>此服务器使用同步协议 {0}，而应用使用 {1}；请更新服务器。</translation>
    </message>
    <message>
        <source>The request is larger than {0} bytes.</source>
        <translation>请求超过了 {0} 字节。</translation>
    </message>
    <message>
        <source>Invalid request: {0}: {1}.</source>
        <translation>无效请求：{0}：{1}。</translation>
    </message>
    <message>
        <source>This laptop has been away longer than the server keeps history: it must sync afresh from the start.</source>
        <translation>这台电脑离线的时间超过了服务器保留历史的期限：必须从头重新同步。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <extracomment>How long after it expired a token may still be renewed (a laptop back from a holiday): past it, the password is asked again. argon2-cffi&apos;s default parameters (RFC 9106, low memory)</extracomment>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This user is disabled. Ask your administrator.</source>
        <translation>此用户已停用。请联系管理员。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>您的登录已过期或已被撤销。请重新登录。</translation>
    </message>
    <message>
        <source>This sign-in was made for another workspace; sign in from this one.</source>
        <translation>此登录属于另一个工作区；请在本工作区重新登录。</translation>
    </message>
    <message>
        <source>Sign in first: this request has no token.</source>
        <translation>请先登录：此请求没有令牌。</translation>
    </message>
    <message>
        <source>A password needs at least {0} characters.</source>
        <extracomment>The shortest password taken.</extracomment>
        <translation>密码至少需要 {0} 个字符。</translation>
    </message>
    <message>
        <source>No team “{0}”. Teams: {1}.</source>
        <translation>没有团队“{0}”。现有团队：{1}。</translation>
    </message>
    <message>
        <source>No team “{0}”. Teams: none yet.</source>
        <translation>没有团队“{0}”。目前还没有团队。</translation>
    </message>
    <message>
        <source>“{0}” belongs to no team, so has no team book to pass on.</source>
        <translation>“{0}”不属于任何团队，因此没有可移交的团队客户。</translation>
    </message>
    <message>
        <source>“{0}” is {1} and belongs to no team; only reps and team leads move between teams.</source>
        <translation>“{0}”的角色是 {1}，不属于任何团队；只有销售和团队主管可以在团队间调动。</translation>
    </message>
    <message>
        <source>“{0}” is already in team “{1}”.</source>
        <translation>“{0}”已在团队“{1}”中。</translation>
    </message>
    <message>
        <source>Either keep the book or give it to someone, not both.</source>
        <translation>要么保留客户，要么交给他人，不能两者兼顾。</translation>
    </message>
    <message>
        <source>“{0}” has no team whose pool could keep the book.</source>
        <translation>“{0}”没有团队，其客户无法退回团队公海。</translation>
    </message>
    <message>
        <source>“{0}” cannot pass the book to themselves.</source>
        <translation>“{0}”不能把客户移交给自己。</translation>
    </message>
    <message>
        <source>“{0}” is disabled; choose an active colleague.</source>
        <translation>“{0}”已停用；请选择一位在职同事。</translation>
    </message>
    <message>
        <source>“{0}” is not a rep or lead of {1}&apos;s team; a book stays in its team (use move-team to change teams).</source>
        <translation>“{0}”不是 {1} 所在团队的销售或主管；客户留在本团队内（要换团队请用 move-team）。</translation>
    </message>
    <message>
        <source>No user “{0}”.</source>
        <extracomment>Connections one server process keeps to the database (as many requests as it works on at once: see admission.py), and how many more it may open for its scheduled rules and health probes. Each request holds one only while its work runs (see app.py), so a handful serve many laptops; every worker process has its own pool. How long a request waits for a free connection before it is answered &quot;busy, retry&quot; (503): a short wait, so a burst is turned away instead of piling up. A pooled connection older than this is closed and opened afresh at its next checkout (whatever a server or network in between does to long-lived connections). An admin command&apos;s answer to a user name no one has (marked: crmdesk.domain.words).</extracomment>
        <translation>没有用户“{0}”。</translation>
    </message>
    <message>
        <source>No calendar feed at this address (it may have been replaced by a newer one).</source>
        <extracomment>The feed&apos;s media type (RFC 5545). What a feed token looks like (secrets.token_urlsafe): anything else is no token. The answer to a token that serves no feed, whatever the reason.</extracomment>
        <translation>此地址没有日历订阅（可能已被新的地址取代）。</translation>
    </message>
    <message>
        <source>“{0}” is not an active service user.</source>
        <extracomment>PostgreSQL advisory lock key of a team&apos;s turn (two pushes handing off at once take turns there, so the round robin never gives both customers to one person).</extracomment>
        <translation>“{0}”不是在职的客服人员。</translation>
    </message>
    <message>
        <source>Choose someone else to serve these customers.</source>
        <translation>请选择其他人来服务这些客户。</translation>
    </message>
    <message>
        <source>Too many enquiries from this address; try again in {0} seconds.</source>
        <extracomment>Phones written without a country code are read in this region (the laptops&apos; default). Held by the one request clearing old rate-limit windows (&quot;IC&quot; in the top 16 bits). Requests a minute, by default: a busy website&apos;s key (200 a second), one address (a visitor sends a few; someone guessing keys, many). Whose requests went over their limit (`_over`).</extracomment>
        <translation>来自此地址的咨询过多；请在 {0} 秒后重试。</translation>
    </message>
    <message>
        <source>Too many enquiries from this website; try again in {0} seconds.</source>
        <translation>来自此网站的咨询过多；请在 {0} 秒后重试。</translation>
    </message>
    <message>
        <source>The intake key is missing or wrong for this channel.</source>
        <extracomment>SET LOCAL synchronous_commit TO OFF, and the database&apos;s clock, in one round trip.</extracomment>
        <translation>此渠道的接入密钥缺失或错误。</translation>
    </message>
    <message>
        <source>There is no such channel taking enquiries.</source>
        <translation>没有这样一个接收咨询的渠道。</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <extracomment>What a form with a file input sends (form builders often do): its text fields are read, its files left aside. The most parts a multipart enquiry may have (a website form has a dozen fields). The enquiry&apos;s fields as the API document describes them (the handler reads the body itself, to take a plain HTML form and JSON alike); the key and the idempotency key may come as fields, for a form cannot set headers. Its headers, read by the handler itself too: FastAPI&apos;s parameter machinery cost a post a third of its time on the event loop, which every post of a busy website shares. The longest idempotency key kept (schema.IntakeReceipt).</extracomment>
        <translation>请求正文不是 JSON。</translation>
    </message>
    <message>
        <source>The body nests too deeply; send the enquiry&apos;s fields as one JSON object of text.</source>
        <translation>请求正文嵌套过深；请把咨询的字段作为一个文本 JSON 对象发送。</translation>
    </message>
    <message>
        <source>Send the enquiry&apos;s fields as a JSON object.</source>
        <translation>请把咨询的字段作为 JSON 对象发送。</translation>
    </message>
    <message>
        <source>The form is not UTF-8 text; add accept-charset=&quot;utf-8&quot; to the form.</source>
        <translation>表单不是 UTF-8 文本；请在表单中加上 accept-charset=&quot;utf-8&quot;。</translation>
    </message>
    <message>
        <source>The form could not be read: {0}</source>
        <translation>无法读取表单：{0}</translation>
    </message>
    <message>
        <source>Send the enquiry as {0} (a plain HTML form), {1} or application/json.</source>
        <translation>请以 {0}（普通 HTML 表单）、{1} 或 application/json 发送咨询。</translation>
    </message>
    <message>
        <source>Only an administrator manages channels&apos; intake keys.</source>
        <translation>只有管理员可以管理渠道的接入密钥。</translation>
    </message>
    <message>
        <source>There is no such channel; sync, then try again.</source>
        <translation>没有这个渠道；请同步后再试。</translation>
    </message>
    <message>
        <source>There is no such team.</source>
        <translation>没有这个团队。</translation>
    </message>
    <message>
        <source>The day an account was assigned cannot be later than today.</source>
        <extracomment>The PostgreSQL advisory lock key one sweep holds (see crmdesk.server.sync&apos;s keys). The first key of the advisory lock a rep&apos;s pushes that claim take turns on (the second: the hash of the rep&apos;s id), apart from the single keys (SWEEP_LOCK, sync&apos;s). The session&apos;s note of the accounts whose claims this push refused (check_account). The session&apos;s note of the accounts this push gave to the pool, and whom from (check_account; after_push writes each on its timeline). The fields that make an activity a two-way conversation of its account by its author: the newest of their stamps is when it was logged as one (`after_push`). The answer to a new account whose clock would start after today.</extracomment>
        <translation>客户的分配日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A later edit of the same field was kept; yours is in the conflict log.</source>
        <extracomment>Why an edit that lost to a later one of the same field was not (wholly) applied.</extracomment>
        <translation>同一字段的较新修改被保留；您的修改在冲突记录中。</translation>
    </message>
    <message>
        <source>There is already a tag “{0}”; use that one.</source>
        <extracomment>How far ahead of the server&apos;s clock a client&apos;s stamp may be before it is clamped. Tables only an administrator changes (through crmdesk-server), never by a push. PostgreSQL advisory lock keys: writers of the change log (pushes share it, an administrator&apos;s move of a book takes it alone); compaction against pulls. The first key of the advisory locks making a tag&apos;s name, by the name&apos;s key. A push the database gave up on (a deadlock, a serialisation failure) is tried again, this many times in all, after a random pause growing with each try. Set by the server from the row&apos;s account or checked against the owner&apos;s team. Shared lists anyone may add to (a tag, the batch an import came in), never change. Shared lists only an administrator changes, by a push too (channels, products). The node name in stamps the server hands out. The answers given earlier to these ops (`answers`: read already, see `pusher`) This push&apos;s answers not yet written (`write_answers`). The field stamps this push set and has not written yet (`write_stamps`). The newest stamp this push had clamped: its later ops never clamp below it. people whose deal&apos;s team scope this push changed, with the member keys whose rows entered or left it (`announce_team_changes` writes them their entries) accounts an administrator&apos;s push gave another service owner, with the people (the one before, the one after) whose service scope gained or lost them (`announce_served` writes them their entries) The synced models by table name, looked up once for the push&apos;s ops. The columns of a field stamp a later edit rewrites. The field stamps&apos; upsert and the answers&apos; insert as one PostgreSQL statement, the rows passed as one array per column (a fixed text, prepared once, whatever the push&apos;s size). Past this many stamps or answers a push writes them with the two statements above. A push&apos;s earlier answers, by op id. The pusher&apos;s role and team, whether they are on some deal&apos;s team, with the earlier answers to the push&apos;s ops (none: one row of nulls), in one statement.</extracomment>
        <translation>已有标签“{0}”；请使用它。</translation>
    </message>
    <message>
        <source>This operation id was already used by someone else.</source>
        <translation>此操作编号已被他人使用。</translation>
    </message>
    <message>
        <source>It does not fit the data on the server (a related record is missing or the value is taken): {0}</source>
        <translation>它与服务器上的数据不符（缺少相关记录或该值已被占用）：{0}</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot store it: {0}</source>
        <translation>服务器的数据库无法保存它：{0}</translation>
    </message>
    <message>
        <source>Its account is not on the server (it was refused or removed).</source>
        <translation>它所属的客户不在服务器上（被拒收或已删除）。</translation>
    </message>
    <message>
        <source>“{0}” cannot be changed by sync.</source>
        <translation>“{0}”不能通过同步修改。</translation>
    </message>
    <message>
        <source>Bad clock stamp: {0}</source>
        <translation>时钟戳无效：{0}</translation>
    </message>
    <message>
        <source>A new {0} row needs: {1}.</source>
        <translation>新的 {0} 记录需要：{1}。</translation>
    </message>
    <message>
        <source>The server sent an unknown kind of record “{0}”; update crmdesk.</source>
        <extracomment>Each searched table&apos;s document kind and the column naming its company (None: the row is the company).</extracomment>
        <translation>服务器发来了未知类型的记录“{0}”；请更新 crmdesk。</translation>
    </message>
    <message>
        <source>The server sent a {0} record this app cannot read ({1}); update crmdesk.</source>
        <translation>服务器发来了本应用无法读取的 {0} 记录（{1}）；请更新 crmdesk。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Replaced by {0}&apos;s later edit.</source>
        <translation>被 {0} 之后的修改取代。</translation>
    </message>
    <message>
        <source>The server keeps asking for a fresh sync; try again later.</source>
        <extracomment>SQLite page cache while a first sync writes in bulk (KiB, negative as PRAGMA wants). WAL pages between checkpoints while a first sync writes in bulk (SQLite&apos;s default: 1000). Changes a first sync writes in one transaction at most (a save waits for one).</extracomment>
        <translation>服务器一再要求重新同步；请稍后再试。</translation>
    </message>
    <message>
        <source>The server&apos;s pages do not follow on from each other; nothing was lost, try again later.</source>
        <translation>服务器返回的分页不连续；没有丢失任何数据，请稍后再试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read ({0} problems); try again later.</source>
        <translation>无法读取服务器的响应（{0} 处问题）；请稍后再试。</translation>
    </message>
    <message>
        <source>This change is larger than the server accepts, so it was not sent; it is kept here.</source>
        <extracomment>A push body stays under this size (the server refuses more than 8 MB).</extracomment>
        <translation>此修改超出服务器可接受的大小，因此没有发送；它保留在这里。</translation>
    </message>
    <message>
        <source>This record left your scope (reassigned or moved) before your change was sent; your change is kept here.</source>
        <translation>在您的修改发送之前，此记录已离开您的范围（被重新分配或转移）；您的修改保留在这里。</translation>
    </message>
    <message>
        <source>This record, which the server had refused, hung on one that left your scope; it is kept here.</source>
        <translation>这条被服务器拒收的记录依附于一条已离开您范围的记录；它保留在这里。</translation>
    </message>
    <message>
        <source>the person who synced it last</source>
        <extracomment>Who held a workspace an older version synced without noting for whom.</extracomment>
        <translation>上一位同步它的人</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <extracomment>Two parts of a sentence&apos;s list, the later part last.</extracomment>
        <translation>{0}和{1}</translation>
    </message>
    <message>
        <source>{0} change(s) by {1} not yet sent</source>
        <translation>{1} 的 {0} 项修改尚未发送</translation>
    </message>
    <message>
        <source>{0} refused change(s) by {1} kept in Conflicts</source>
        <translation>{1} 的 {0} 项被拒修改保留在“冲突”中</translation>
    </message>
    <message>
        <source>{0} record(s) by {1} the server refused, marked where they were made</source>
        <translation>{1} 的 {0} 条被服务器拒收的记录，已在创建处标记</translation>
    </message>
    <message>
        <source>This workspace holds {0}. Sign in as {1} to deal with them first, or open another workspace for this account.</source>
        <translation>此工作区中有{0}。请先以 {1} 登录处理它们，或为此账号打开另一个工作区。</translation>
    </message>
    <message>
        <source>This workspace holds the records of {0}; syncing as “{1}” would remove them from this laptop (they stay on the server).</source>
        <translation>此工作区中是 {0} 的记录；以“{1}”同步会把它们从这台电脑上移除（它们仍保留在服务器上）。</translation>
    </message>
    <message>
        <source>The server could not be reached ({0}); your changes are kept and will be sent next time.</source>
        <extracomment>What `call` does unless told otherwise.</extracomment>
        <translation>无法连接服务器（{0}）；您的修改已保留，下次会发送。</translation>
    </message>
    <message>
        <source>The server is too busy to answer now; your changes are kept and will be sent next time.</source>
        <translation>服务器太忙，暂时无法响应；您的修改已保留，下次会发送。</translation>
    </message>
    <message>
        <source>The server refused: {0}</source>
        <translation>服务器拒绝了：{0}</translation>
    </message>
    <message>
        <source>{0} has no field “{1}” a client may set.</source>
        <extracomment>Columns the server sets itself; an edit may not. The key of a figure that is sentences one after the other (a Joined), with its &quot;separator&quot; (a version that does not know it shows the English instead). The key of a figure that is a day ({&quot;day&quot;: &quot;2026-12-01&quot;}): the window writes it as the locale writes days (a version that does not know it shows the English, ISO, instead).</extracomment>
        <translation>{0} 没有客户端可设置的字段“{1}”。</translation>
    </message>
    <message>
        <source>{0} may not be empty.</source>
        <translation>{0} 不能为空。</translation>
    </message>
    <message>
        <source>{0} is out of range.</source>
        <translation>{0} 超出范围。</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters.</source>
        <translation>{0} 超过了 {1} 个字符。</translation>
    </message>
    <message>
        <source>{0} contains a NUL character.</source>
        <translation>{0} 含有 NUL 字符。</translation>
    </message>
    <message>
        <source>{0} has a value of the wrong type: {1}.</source>
        <translation>{0} 的值类型错误：{1}。</translation>
    </message>
    <message>
        <source>{0} cannot be set by sync.</source>
        <translation>{0} 不能通过同步设置。</translation>
    </message>
    <message>
        <source>A deal is done when it is won or lost: open it on its company&apos;s card and move its stage.</source>
        <extracomment>The agenda looks this many days ahead unless told otherwise. The most days ahead the agenda (and the CLI&apos;s lookup by id) reads. When an item with no time of its own falls due, unless the user chose another time. Answers to an action an item does not take.</extracomment>
        <translation>商机在赢单或丢单后才算完成：请在其公司的卡片中打开它并推进阶段。</translation>
    </message>
    <message>
        <source>A care reminder falls on its occasion: mark it done, or dismiss it in the queue&apos;s care reminders.</source>
        <translation>关怀提醒的日期就是其纪念日：请在队列的关怀提醒中标记完成或忽略。</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>Nothing on your agenda has the id {0}.</source>
        <translation>你的日程中没有编号为 {0} 的事项。</translation>
    </message>
    <message>
        <source>More than one item&apos;s id starts with {0}; give more of it.</source>
        <translation>有多个事项的编号以 {0} 开头；请输入更完整的编号。</translation>
    </message>
    <message>
        <source>“{0}” is not a currency code (ISO 4217, three letters such as CNY, USD or EUR).</source>
        <extracomment>Every known code with its number of decimals. Currencies people write with a sign in front (the rest keep their code after).</extracomment>
        <translation>“{0}”不是币种代码（ISO 4217，三个字母，如 CNY、USD 或 EUR）。</translation>
    </message>
    <message>
        <source>“{0}” is not an amount: write it like 12000.00.</source>
        <extracomment>What text that is no number is refused for, as an amount.</extracomment>
        <translation>“{0}”不是金额：请写成 12000.00 这样的格式。</translation>
    </message>
    <message numerus="yes">
        <source>{0} amounts have at most %n decimal(s): “{1}”.</source>
        <translation>
            <numerusform>{0} 金额最多 %n 位小数：“{1}”。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is not a country code phone numbers are known for; use two letters such as CN, US, GB or IL.</source>
        <extracomment>Similarity (0-100) above which two company names are reported as a fuzzy match.</extracomment>
        <translation>“{0}”不是已知电话号码规则的国家代码；请使用两个字母，如 CN、US、GB 或 IL。</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>“{0}” has no digits, so it is not a phone number.</source>
        <translation>“{0}”不含数字，不是电话号码。</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number we can read ({1}).</source>
        <translation>无法识别电话号码“{0}”（{1}）。</translation>
    </message>
    <message>
        <source>“{0}” has the wrong number of digits for its country.</source>
        <translation>“{0}”的位数不符合其国家的规则。</translation>
    </message>
    <message>
        <source>“{0}” is not a valid number in its country&apos;s numbering plan.</source>
        <translation>“{0}”不是其国家编号规则中的有效号码。</translation>
    </message>
    <message>
        <source>“{0}” is not an email address.</source>
        <translation>“{0}”不是电子邮箱地址。</translation>
    </message>
    <message>
        <source>same company name once legal form is ignored (“{0}”)</source>
        <extracomment>How many characters of a name&apos;s beginning and end make its blocks (see name_blocks). Words so many companies&apos; names share (what they do, where, how big) that they say little about which company it is: a name&apos;s blocks are taken from its other words. The same for Chinese names: what a company does, taken off the end of its name.</extracomment>
        <translation>去掉“有限公司”等后缀后公司名称相同（“{0}”）</translation>
    </message>
    <message>
        <source>similar company name ({0:.0%} alike)</source>
        <translation>公司名称相似（相似度 {0:.0%}）</translation>
    </message>
    <message>
        <source>same phone number {0}</source>
        <translation>电话号码相同：{0}</translation>
    </message>
    <message>
        <source>same email or web domain {0}</source>
        <translation>邮箱或网站域名相同：{0}</translation>
    </message>
    <message>
        <source>A target belongs to a team; choose one.</source>
        <extracomment>The kind of record (table name) each dimension&apos;s subject is. The largest target, in minor units: a trillion in a two-decimal currency (a typo with a few zeros too many is refused rather than drawn as a bar no one can read).</extracomment>
        <translation>目标属于某个团队；请选择团队。</translation>
    </message>
    <message>
        <source>A target is zero or more.</source>
        <translation>目标不能小于零。</translation>
    </message>
    <message>
        <source>This target is too large; check the number of zeros.</source>
        <translation>该目标太大；请检查零的个数。</translation>
    </message>
    <message>
        <source>A target starts on the first day of its month, quarter or year.</source>
        <translation>目标从其月、季度或年的第一天开始。</translation>
    </message>
    <message>
        <source>A team&apos;s own target names that team.</source>
        <translation>团队自己的目标必须指向该团队。</translation>
    </message>
    <message>
        <source>This target names no such user.</source>
        <translation>该目标指向的用户不存在。</translation>
    </message>
    <message>
        <source>This target names no such team.</source>
        <translation>该目标指向的团队不存在。</translation>
    </message>
    <message>
        <source>This target names no such product.</source>
        <translation>该目标指向的产品不存在。</translation>
    </message>
    <message>
        <source>This target names no such customer.</source>
        <translation>该目标指向的客户不存在。</translation>
    </message>
    <message>
        <source>{0} Q{1}</source>
        <extracomment>Scopes up to this many days are reviewed month by month, longer ones by quarter: four months of bars per rep still read at a glance, a year of them does not.</extracomment>
        <translation>{0}年第{1}季度</translation>
    </message>
    <message>
        <source>A month is written YYYY-MM, e.g. 2026-03.</source>
        <extracomment>The windows a cohort&apos;s revenue is read over, in months after T. The window after which a cohort is complete. The largest monthly cost an admin may type, in major units (a typo guard: 10 billion).</extracomment>
        <translation>月份写作 YYYY-MM，例如 2026-03。</translation>
    </message>
    <message>
        <source>A channel&apos;s cost cannot be below zero.</source>
        <translation>渠道费用不能小于零。</translation>
    </message>
    <message>
        <source>A channel cost is for a whole month: its month is the month&apos;s first day.</source>
        <translation>渠道费用按整月计算：其月份为该月第一天。</translation>
    </message>
    <message>
        <source>A channel&apos;s monthly cost is at most {0:,} {1}.</source>
        <translation>渠道每月费用最多 {0:,} {1}。</translation>
    </message>
    <message>
        <source>A company cannot be linked to itself.</source>
        <extracomment>The kinds of record checked here, by table name (the entity names sync uses). A referral&apos;s problems, in the words the relation form shows.</extracomment>
        <translation>公司不能与自己关联。</translation>
    </message>
    <message>
        <source>This company was already referred to us by {0}; remove that link first.</source>
        <extracomment>A company came to us through one referrer (`already_referred`&apos;s template).</extracomment>
        <translation>该公司已由{0}介绍给我们；请先移除该关联。</translation>
    </message>
    <message>
        <source>Only a team lead sets the team&apos;s stages, playbook and sales targets (or an administrator).</source>
        <extracomment>the deals whose virtual team the viewer is on, and those deals&apos; companies of those, the deals (an activity is logged on one of them) The answer to a rep changing a kind only a team&apos;s lead changes.</extracomment>
        <translation>只有团队主管（或管理员）可以设置团队的阶段、销售手册和销售目标。</translation>
    </message>
    <message>
        <source>Only the deal&apos;s owner or their team lead chooses who is on the deal&apos;s team.</source>
        <extracomment>The answer to anyone else setting who is on a deal&apos;s team.</extracomment>
        <translation>只有商机负责人或其团队主管可以决定商机团队成员。</translation>
    </message>
    <message>
        <source>On a deal whose team you are on, you change only the activities you logged.</source>
        <extracomment>The answer to a colleague on a deal&apos;s team changing an activity someone else logged.</extracomment>
        <translation>在你所在商机团队的商机上，你只能修改自己记录的跟进记录。</translation>
    </message>
    <message>
        <source>The owner must be a member of the record&apos;s team.</source>
        <extracomment>The answer to a row given to someone outside its team (the server&apos;s push check, and the laptop&apos;s reassignment before it saves).</extracomment>
        <translation>负责人必须是该记录所属团队的成员。</translation>
    </message>
    <message>
        <source>You are on this company&apos;s deal team, not its owner&apos;s team: log it on the deal you are on.</source>
        <extracomment>The answer to a colleague on a company&apos;s deal team logging on no deal of theirs there.</extracomment>
        <translation>你是该公司商机团队的成员，而不是其负责人的团队成员：请记录在你所在的商机上。</translation>
    </message>
    <message>
        <source>Only a deal of this company can be named on its activity.</source>
        <extracomment>The answer to an activity naming another company&apos;s deal (the laptop&apos;s and the server&apos;s row check, crmdesk.domain.row_checks, and a colleague&apos;s write here).</extracomment>
        <translation>跟进记录只能关联该公司的商机。</translation>
    </message>
    <message>
        <source>Only people of this company can be named on its activity.</source>
        <extracomment>The answer to an activity naming people of another company.</extracomment>
        <translation>跟进记录只能关联该公司的人员。</translation>
    </message>
    <message>
        <source>On a deal whose team you are on, an activity you logged stays yours: you cannot make someone else its author.</source>
        <extracomment>The answer to a colleague on a deal&apos;s team handing an activity to someone else.</extracomment>
        <translation>在你所在商机团队的商机上，你记录的跟进记录仍归你所有：不能把作者改为别人。</translation>
    </message>
    <message>
        <source>You serve this customer: you mark your onboarding tasks done and log activities here; its sales records stay with its owner.</source>
        <extracomment>The answer to a service user changing a served company&apos;s sales records.</extracomment>
        <translation>你是该客户的客服：你可以在这里完成入职任务并记录跟进；其销售记录仍归其负责人。</translation>
    </message>
    <message>
        <source>At a customer you serve, you change only the activities you logged.</source>
        <extracomment>The answer to a service user changing an activity someone else logged.</extracomment>
        <translation>在你服务的客户中，你只能修改自己记录的跟进记录。</translation>
    </message>
    <message>
        <source>Only an administrator changes shared lists (channels, products, users).</source>
        <translation>只有管理员可以修改共享列表（渠道、产品、用户）。</translation>
    </message>
    <message>
        <source>this record</source>
        <extracomment>What `outside_scope` names: the record as it was, or as the change would make it.</extracomment>
        <translation>此记录</translation>
    </message>
    <message>
        <source>the record as changed</source>
        <translation>修改后的记录</translation>
    </message>
    <message>
        <source>You may not change {0}: it belongs to another person or team.</source>
        <translation>你不能修改{0}：它属于其他人或其他团队。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <extracomment>The longest tag name (the tags.name column). Names the ids of tags made from a name, so two laptops that make the same tag offline make the same row, and sync sees one tag rather than two clashing on the name.</extracomment>
        <translation>标签需要名称。</translation>
    </message>
    <message numerus="yes">
        <source>A tag is at most %n character(s).</source>
        <translation>
            <numerusform>标签最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>a line break</source>
        <extracomment>Fields whose text may run over several lines (tabs and line breaks allowed): a message template&apos;s body too.</extracomment>
        <translation>换行符</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>NUL 字符</translation>
    </message>
    <message>
        <source>an invisible control character (U+{0:04X})</source>
        <translation>不可见的控制字符（U+{0:04X}）</translation>
    </message>
    <message>
        <source>The {0} contains {1}, which cannot be saved here; remove it.</source>
        <translation>{0}中含有{1}，无法在此保存；请删除。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <extracomment>A refusal naming the company it is about: &quot;Acme: You may not change…&quot;.</extracomment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Give the accounts to an active rep or lead of their team.</source>
        <translation>请把客户交给其团队中在职的销售或主管。</translation>
    </message>
    <message>
        <source>One of the accounts is gone (merged or removed meanwhile).</source>
        <translation>其中一个客户已不存在（期间已被合并或删除）。</translation>
    </message>
    <message>
        <source>Choose someone else to take over the book, or the team&apos;s pool.</source>
        <translation>请选择其他人接手这些客户，或放入团队公海。</translation>
    </message>
    <message>
        <source>Write a note or choose an outcome first.</source>
        <translation>请先写备注或选择结果。</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <extracomment>The note a follow-up marked done on the agenda leaves on the timeline (kept marked: each reader&apos;s window words it, crmdesk.store.models.notes_columns).</extracomment>
        <translation>跟进已完成。</translation>
    </message>
    <message>
        <source>Follow-up moved from {0}.</source>
        <extracomment>The note a follow-up moved on the agenda leaves ({0}: the day it was due).</extracomment>
        <translation>跟进已从 {0} 改期。</translation>
    </message>
    <message>
        <source>This task no longer exists; nothing was saved.</source>
        <translation>该任务已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>Choose today or a later day (you are back once it has passed).</source>
        <extracomment>The answer to an away day already past.</extracomment>
        <translation>请选择今天或以后的日期（过了这天你就算返回）。</translation>
    </message>
    <message>
        <source>No care reminder {0} among yours (it may be marked already, or past).</source>
        <extracomment>What changed: the care reminders (a mark, or a team&apos;s settings).</extracomment>
        <translation>你的关怀提醒中没有 {0}（可能已标记或已过期）。</translation>
    </message>
    <message>
        <source>More than one reminder starts with {0}; give more of its id.</source>
        <translation>有多个提醒以 {0} 开头；请输入更完整的编号。</translation>
    </message>
    <message>
        <source>A new intake key is made on the server: sign in to the server first (Sync ▸ Sign in to server…).</source>
        <extracomment>What a cost change touches: no account, the ROI figures only. What a channel added or its key changes: the channels screen&apos;s list.</extracomment>
        <translation>新的接入密钥由服务器生成：请先登录服务器（同步 ▸ 登录服务器…）。</translation>
    </message>
    <message>
        <source>A new intake key is made on the server, which cannot be reached now; try again when this laptop is online.</source>
        <translation>新的接入密钥由服务器生成，但现在无法连接服务器；请在本机联网后再试。</translation>
    </message>
    <message>
        <source>The server answered {0}.</source>
        <translation>服务器返回 {0}。</translation>
    </message>
    <message>
        <source>No company “{0}” in this workspace.</source>
        <extracomment>The cells a card gives the lead-file checks, and where each is. The answer to a card without a company.</extracomment>
        <translation>此工作区中没有公司“{0}”。</translation>
    </message>
    <message>
        <source>{0}: would import {1:,} contact(s); {2:,} already known (left unchanged); {3:,} skipped.</source>
        <translation>{0}：将导入 {1:,} 位联系人；{2:,} 位已存在（保持不变）；跳过 {3:,} 张。</translation>
    </message>
    <message>
        <source>{0}: imported {1:,} contact(s); {2:,} already known (left unchanged); {3:,} skipped.</source>
        <translation>{0}：已导入 {1:,} 位联系人；{2:,} 位已存在（保持不变）；跳过 {3:,} 张。</translation>
    </message>
    <message>
        <source>This file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>该文件不含 vCard（没有 BEGIN:VCARD 行）。</translation>
    </message>
    <message>
        <source>new company “{0}”</source>
        <extracomment>line of a card repeating an earlier card&apos;s company -&gt; that card&apos;s line</extracomment>
        <translation>新公司“{0}”</translation>
    </message>
    <message>
        <source>“{0}” is not yours to change: {1}</source>
        <translation>您无权修改“{0}”：{1}</translation>
    </message>
    <message>
        <source>added to the known company ({0})</source>
        <translation>已加入已有公司（{0}）</translation>
    </message>
    <message>
        <source>added to “{0}” made from line {1}</source>
        <translation>已加入由第 {1} 行创建的“{0}”</translation>
    </message>
    <message>
        <source>already on file as “{0}”: {1}</source>
        <translation>已有联系人“{0}”：{1}</translation>
    </message>
    <message>
        <source>This record no longer exists; nothing was saved.</source>
        <translation>该记录已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>Say which team&apos;s membership rule this is.</source>
        <translation>请说明这是哪个团队的会员规则。</translation>
    </message>
    <message>
        <source>Redeem a number of points more than zero.</source>
        <translation>兑换的积分必须大于零。</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <extracomment>an earned entry&apos;s payment as its reason says it (the window words it in its language): amount, currency, day received, its contract&apos;s number</extracomment>
        <translation>该回款已不存在。</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <extracomment>What changed: the laptop&apos;s outbox (its messages and their states). The most people a preview offers to choose among.</extracomment>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>Connected to {0} and signed in as {1}.</source>
        <translation>已连接到 {0}，并以 {1} 的身份登录。</translation>
    </message>
    <message>
        <source>Connected to {0}.</source>
        <translation>已连接到 {0}。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The connection is “starttls” or “tls”: never in the clear.</source>
        <translation>连接方式只能是“starttls”或“tls”：不能明文传输。</translation>
    </message>
    <message>
        <source>The from-address is an email address, e.g. Amy &lt;amy@example.com&gt;.</source>
        <translation>发件地址必须是电子邮箱地址，例如 Amy &lt;amy@example.com&gt;。</translation>
    </message>
    <message>
        <source>Set the mail server and user name before the password.</source>
        <translation>请先设置邮件服务器和用户名，再设置密码。</translation>
    </message>
    <message>
        <source>The gateway&apos;s address starts with http:// or https://.</source>
        <translation>网关地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The key&apos;s header is a header name, such as Authorization.</source>
        <translation>密钥所在的请求头必须是请求头名称，例如 Authorization。</translation>
    </message>
    <message>
        <source>Set the gateway&apos;s address before its key.</source>
        <translation>请先设置网关地址，再设置其密钥。</translation>
    </message>
    <message>
        <source>No mail server is set (crmdesk mail-settings smtp).</source>
        <translation>尚未设置邮件服务器（crmdesk mail-settings smtp）。</translation>
    </message>
    <message>
        <source>No SMS gateway is set (crmdesk mail-settings sms).</source>
        <translation>尚未设置短信网关（crmdesk mail-settings sms）。</translation>
    </message>
    <message>
        <source>No template called “{0}”.</source>
        <translation>没有名为“{0}”的模板。</translation>
    </message>
    <message>
        <source>Say which team the template is for.</source>
        <translation>请说明模板属于哪个团队。</translation>
    </message>
    <message>
        <source>This contact no longer exists; nothing was saved.</source>
        <translation>该联系人已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>Sent, but not archived: its company or contact was removed while it waited.</source>
        <extracomment>A message that went to a contact or company removed while it waited.</extracomment>
        <translation>已发送，但未归档到时间线：等待期间其公司或联系人已被删除。</translation>
    </message>
    <message>
        <source>Sent, but not archived: {0}</source>
        <extracomment>A message that went to a company the user may no longer log on: the refusal&apos;s words.</extracomment>
        <translation>已发送，但未归档到时间线：{0}</translation>
    </message>
    <message>
        <source>{0} It may have gone — check before sending again.</source>
        <extracomment>A message cut off while it was handed over: the sender&apos;s words, then this.</extracomment>
        <translation>{0}可能已经发出——重新发送前请先核实。</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <extracomment>as typed: &quot;1985-12-08&quot;, or &quot;12-08&quot; when the year is not known
----------
The fields of a contact people type, as the edit form names them. A contact&apos;s yes-or-no fields an edit may change.</extracomment>
        <translation>联系人需要姓名。</translation>
    </message>
    <message>
        <source>The period starts ({0}) after it ends ({1}).</source>
        <extracomment>the person every figure is narrowed to whatever is asked (a rep: themself) the team a lead&apos;s figures are held to (None: an admin chooses)</extracomment>
        <translation>期间的开始日期（{0}）晚于结束日期（{1}）。</translation>
    </message>
    <message>
        <source>That team is not in this workspace.</source>
        <translation>该团队不在此工作区中。</translation>
    </message>
    <message>
        <source>That person is not in this workspace.</source>
        <translation>该人员不在此工作区中。</translation>
    </message>
    <message>
        <source>You see your own figures only, not {0}&apos;s.</source>
        <translation>你只能查看自己的数据，不能查看{0}的。</translation>
    </message>
    <message>
        <source>You see your own figures only, not another team&apos;s.</source>
        <translation>你只能查看自己的数据，不能查看其他团队的。</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>你的团队</translation>
    </message>
    <message>
        <source>You lead {0}: the review shows your team&apos;s figures, not {1}&apos;s.</source>
        <translation>你是{0}的主管：复盘只显示你团队的数据，不显示{1}的。</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>其他团队</translation>
    </message>
    <message>
        <source>{0} is not on {1}: you see your team&apos;s figures only.</source>
        <translation>{0}不在{1}中：你只能查看自己团队的数据。</translation>
    </message>
    <message>
        <source>{0} is not on {1}.</source>
        <translation>{0}不在{1}中。</translation>
    </message>
    <message>
        <source>that team</source>
        <translation>该团队</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No team “{0}” in this workspace. Teams: {1}.</source>
        <translation>此工作区中没有团队“{0}”。团队：{1}。</translation>
    </message>
    <message>
        <source>No user “{0}” in this workspace. Reps: {1}.</source>
        <translation>此工作区中没有用户“{0}”。销售：{1}。</translation>
    </message>
    <message>
        <source>You serve this customer: you can log activities and mark your onboarding tasks done; the company and its sales are {0}&apos;s to change.</source>
        <extracomment>A record a command changes: (entity, row id). The card&apos;s note to a service user at a customer they serve ({0}: its owner).</extracomment>
        <translation>你是该客户的客服：你可以记录跟进并完成入职任务；公司及其销售记录由{0}修改。</translation>
    </message>
    <message>
        <source>You serve this customer: you can log activities and mark your onboarding tasks done; the company and its sales are its team&apos;s to change.</source>
        <translation>你是该客户的客服：你可以记录跟进并完成入职任务；公司及其销售记录由其团队修改。</translation>
    </message>
    <message>
        <source>You are on this deal&apos;s team: you can log activities here; the deal and the company are {0}&apos;s to change.</source>
        <extracomment>The card&apos;s note to a colleague on one of a company&apos;s deals ({0}: its owner).</extracomment>
        <translation>你是该商机团队的成员：你可以在这里记录跟进；商机和公司由{0}修改。</translation>
    </message>
    <message>
        <source>You are on this deal&apos;s team: you can log activities here; the deal and the company are its team&apos;s to change.</source>
        <translation>你是该商机团队的成员：你可以在这里记录跟进；商机和公司由其团队修改。</translation>
    </message>
    <message>
        <source>Customer service does not create leads: you take over customers once they have signed and paid. A rep or the team lead adds new leads.</source>
        <extracomment>The answer to a customer-service user making a lead (typed, imported, from the CLI).</extracomment>
        <translation>客服不创建线索：客户签约并回款后才由你接手。新线索由销售或团队主管添加。</translation>
    </message>
    <message>
        <source>You are in no team yet, so a new lead would belong to no one&apos;s team and no one would see it. An administrator puts you in a team first.</source>
        <extracomment>The answer to a rep or lead in no team: a lead would belong to no team at all.</extracomment>
        <translation>你还不属于任何团队，新线索将不属于任何团队，也没有人能看到。请先让管理员把你加入团队。</translation>
    </message>
    <message>
        <source>You are disabled (or removed) on the server, so you make no new leads: an administrator enables you again.</source>
        <extracomment>The answer to a user disabled or removed (on the server) making a lead.</extracomment>
        <translation>你在服务器上已被停用（或删除），不能创建新线索：请管理员重新启用你。</translation>
    </message>
    <message>
        <source>Choose the team the new leads go to.</source>
        <extracomment>The answer to an administrator (in no team) who did not say where the leads go.</extracomment>
        <translation>请选择新线索所属的团队。</translation>
    </message>
    <message>
        <source>Your new leads go to your own team.</source>
        <extracomment>The answer to a rep or lead naming another team for their new leads.</extracomment>
        <translation>你的新线索只能归入你自己的团队。</translation>
    </message>
    <message>
        <source>New leads go to an active rep or lead of their team, or to its pool.</source>
        <extracomment>The answer to new leads given to someone who does not hold leads.</extracomment>
        <translation>新线索只能交给其团队中在职的销售或主管，或放入团队公海。</translation>
    </message>
    <message>
        <source>“{0}” is in the team pool: claim it first (the pool&apos;s limits apply), then merge it.</source>
        <extracomment>The answers to a merge that would go around the pool&apos;s or the hand-off&apos;s rules.</extracomment>
        <translation>“{0}”在团队公海中：请先领取（受公海限制），再合并。</translation>
    </message>
    <message>
        <source>“{0}” is served by customer service: its service owner and onboarding tasks would be lost in a merge, so an administrator merges it.</source>
        <translation>“{0}”由客服负责：合并会丢失其客服负责人和入职任务，因此由管理员合并。</translation>
    </message>
    <message>
        <source>That team is gone; choose another.</source>
        <translation>该团队已不存在；请选择其他团队。</translation>
    </message>
    <message>
        <source>A suggestion needs at least one of its product.</source>
        <extracomment>A deal&apos;s next step holds this many characters (models.Opportunity.next_step).</extracomment>
        <translation>建议至少需要一个其产品。</translation>
    </message>
    <message>
        <source>Only a team lead (or an administrator) sets the team&apos;s care reminders.</source>
        <extracomment>The answer to anyone but a lead or an admin changing the team&apos;s care settings.</extracomment>
        <translation>只有团队主管（或管理员）可以设置团队的关怀提醒。</translation>
    </message>
    <message>
        <source>This company no longer exists; nothing was saved.</source>
        <extracomment>the person a birthday is of (None: a renewal&apos;s or anniversary&apos;s) A reminder found, with its company&apos;s name and team, the company&apos;s owner&apos;s name and the person a birthday is of. The subject of a reminder counted, not listed (the count reads none).
----------
How each role is stored: (the other is the &quot;from&quot; side, kind). The roles stored as a referral (a kind of its own, models.Referral): whether the other company is the referrer.</extracomment>
        <translation>该公司已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>That channel is not in this workspace (it was removed?).</source>
        <translation>该渠道不在此工作区中（已被删除？）。</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <extracomment>The longest channel name (the column&apos;s length).</extracomment>
        <translation>渠道需要名称。</translation>
    </message>
    <message numerus="yes">
        <source>A channel name is at most %n character(s).</source>
        <translation>
            <numerusform>渠道名称最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a channel “{0}”.</source>
        <translation>已有名为“{0}”的渠道。</translation>
    </message>
    <message>
        <source>This deal no longer exists; nothing was saved.</source>
        <translation>该商机已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>This colleague is no longer a user; nothing was saved.</source>
        <translation>该同事已不是系统用户；未保存任何内容。</translation>
    </message>
    <message>
        <source>The deal&apos;s owner is on its team already.</source>
        <translation>商机负责人已在商机团队中。</translation>
    </message>
    <message>
        <source>This colleague is not on the deal&apos;s team; nothing was saved.</source>
        <translation>该同事不在商机团队中；未保存任何内容。</translation>
    </message>
    <message>
        <source>This account no longer exists; nothing was saved.</source>
        <extracomment>What a write to a record gone meanwhile is answered, by the record&apos;s kind.</extracomment>
        <translation>该客户已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>This deal is no longer this company&apos;s; nothing was saved.</source>
        <extracomment>The fields of a deal its editor may send (DealInput&apos;s).</extracomment>
        <translation>该商机已不属于这家公司；未保存任何内容。</translation>
    </message>
    <message>
        <source>One of these products is no longer offered; nothing was saved.</source>
        <translation>其中一个产品已下架；未保存任何内容。</translation>
    </message>
    <message>
        <source>This person no longer exists; nothing was saved.</source>
        <translation>该人员已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>This contract no longer exists; nothing was saved.</source>
        <translation>该合同已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>Say which channel the leads came from.</source>
        <translation>请说明线索来自哪个渠道。</translation>
    </message>
    <message>
        <source>No channel “{0}”. Channels: {1}. An administrator adds channels on the server (crmdesk-server channel add NAME); they arrive with the next sync.</source>
        <translation>没有渠道“{0}”。渠道：{1}。渠道由管理员在服务器上添加（crmdesk-server channel add NAME），下次同步时到达。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>No SMS sent: the payment is on the server already, so another laptop may earn it too; only the laptop that records a payment texts its points.</source>
        <extracomment>Why a payment&apos;s points earned no SMS: another laptop may earn the same payment.</extracomment>
        <translation>未发送短信：该回款已在服务器上，其他电脑也可能为其计积分；只有登记回款的那台电脑会发送积分短信。</translation>
    </message>
    <message>
        <source>This payment has earned its points already.</source>
        <translation>这笔回款已获得过积分。</translation>
    </message>
    <message>
        <source>This payment earned no points; there is nothing to reverse.</source>
        <translation>这笔回款没有获得积分；没有可冲回的。</translation>
    </message>
    <message>
        <source>This payment&apos;s points are reversed already.</source>
        <translation>这笔回款的积分已被冲回。</translation>
    </message>
    <message>
        <source>No SMS sent: the team has no SMS template called “{0}”.</source>
        <translation>未发送短信：团队没有名为“{0}”的短信模板。</translation>
    </message>
    <message>
        <source>No SMS sent: the card names no holder.</source>
        <translation>未发送短信：会员卡未指定持卡人。</translation>
    </message>
    <message>
        <source>No SMS sent: {0}</source>
        <translation>未发送短信：{0}</translation>
    </message>
    <message>
        <source>No SMS to {0}: {1}.</source>
        <translation>未给 {0} 发送短信：{1}。</translation>
    </message>
    <message>
        <source>SMS to {0} waits in the outbox.</source>
        <translation>发给 {0} 的短信已在发件箱中等待发送。</translation>
    </message>
    <message>
        <source>A target is set for the team&apos;s own reps and customers.</source>
        <extracomment>The answer to a target for a rep or customer of another team.</extracomment>
        <translation>目标只能为团队自己的销售和客户设置。</translation>
    </message>
    <message>
        <source>Only a team lead (or an administrator) sets the team&apos;s pool rules.</source>
        <extracomment>The answer to anyone but a lead or an admin setting them (the server refuses the push of a leads-only kind too).</extracomment>
        <translation>只有团队主管（或管理员）可以设置团队的公海规则。</translation>
    </message>
    <message>
        <source>Onboarding tasks are made by the hand-off, from the team&apos;s checklist; log an activity instead.</source>
        <extracomment>The column naming who logged or is assigned a row, by kind. The answer to a laptop making an onboarding task.</extracomment>
        <translation>入职任务由移交根据团队的清单生成；请改为记录跟进。</translation>
    </message>
    <message>
        <source>A customer served by customer service is removed or merged by an administrator: its service owner and onboarding tasks go with it.</source>
        <extracomment>Fields only the hand-off sets, by kind (a push changing one is refused; an administrator&apos;s command or push changes them). An onboarding task is removed (or brought back) by an administrator alone. The answer to removing a served customer (a merge folding it away, too).</extracomment>
        <translation>由客服服务的客户只能由管理员删除或合并：其客服负责人和入职任务随之处理。</translation>
    </message>
    <message>
        <source>This activity no longer exists; nothing was saved.</source>
        <translation>该跟进记录已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>One of these people no longer exists; nothing was saved.</source>
        <extracomment>everyone spoken to, the first foremost (empty: just `contact_id`, if any) the deal it was about (None: none in particular)</extracomment>
        <translation>其中一人已不存在；未保存任何内容。</translation>
    </message>
    <message>
        <source>Only a task is marked done or moved on the agenda.</source>
        <translation>只有任务可以在日程中标记完成或改期。</translation>
    </message>
    <message>
        <source>Say why the account was lost.</source>
        <translation>请说明客户丢单的原因。</translation>
    </message>
    <message>
        <source>Someone already owns this account.</source>
        <translation>该客户已有负责人。</translation>
    </message>
    <message>
        <source>A person cannot report to themselves.</source>
        <translation>一个人不能向自己汇报。</translation>
    </message>
    <message>
        <source>Both people must work at the same company.</source>
        <translation>两人必须在同一家公司工作。</translation>
    </message>
    <message>
        <source>{0} already reports to {1}, directly or through others.</source>
        <translation>{0}已直接或间接向{1}汇报。</translation>
    </message>
    <message>
        <source>Influence strength goes from 1 (weak) to 5 (strong).</source>
        <translation>影响力强度在 1（弱）到 5（强）之间。</translation>
    </message>
    <message>
        <source>A person cannot influence themselves.</source>
        <translation>一个人不能影响自己。</translation>
    </message>
    <message>
        <source>One of these people no longer exists.</source>
        <translation>其中一人已不存在。</translation>
    </message>
    <message>
        <source>This account does not have that tag.</source>
        <translation>该客户没有这个标签。</translation>
    </message>
    <message>
        <source>This record is not marked as refused (the server may have taken it meanwhile); nothing was discarded.</source>
        <extracomment>Why a discarded payment&apos;s points were taken back (the reversing entry&apos;s reason). Discard of a record the server has taken meanwhile (or never refused).</extracomment>
        <translation>此记录未标记为被拒绝（服务器可能已在此期间接受它）；未丢弃任何内容。</translation>
    </message>
    <message>
        <source>Another record on the server depends on this one; nothing was discarded.</source>
        <extracomment>Discard of a record another one on the server needs.</extracomment>
        <translation>服务器上的另一条记录依赖于此记录；未丢弃任何内容。</translation>
    </message>
    <message>
        <source>Top {0}</source>
        <extracomment>The share of revenue the key accounts make. Bands of the ranking the compact chart draws (20: 5% of the accounts each).</extracomment>
        <translation>前 {0}</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>{0} in {1} are left out (figures are in {2} only: no exchange rates; choose that currency to see them).</source>
        <translation>{0}（{1}）未计入（数字仅以 {2} 计：没有汇率；选择该货币即可查看）。</translation>
    </message>
    <message>
        <source>Reading and checking rows</source>
        <extracomment>Files read as Excel workbooks; any other is read as CSV text. Rows read, checked or written between two progress reports (and Cancel checks). progress(what is being done (marked: the window words it), how many done, out of how many (None: not known yet)) What an import is doing, as progress says it.</extracomment>
        <translation>正在读取并检查各行</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>正在查找重复</translation>
    </message>
    <message>
        <source>Saving new leads</source>
        <translation>正在保存新线索</translation>
    </message>
    <message>
        <source>This is not an Excel workbook that can be read ({0}).</source>
        <translation>这不是可以读取的 Excel 工作簿（{0}）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet of cells.</source>
        <translation>该工作簿没有包含单元格的工作表。</translation>
    </message>
    <message>
        <source>The sheet “{0}” is a chart; choose a sheet of cells.</source>
        <translation>工作表“{0}”是图表；请选择包含单元格的工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{0}”; its sheets: {1}.</source>
        <translation>该工作簿没有工作表“{0}”；现有工作表：{1}。</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>工作表为空。</translation>
    </message>
    <message>
        <source>A CSV file has no sheets; --sheet is for Excel workbooks.</source>
        <translation>CSV 文件没有工作表；--sheet 只用于 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Import of {0} cancelled: nothing was imported.</source>
        <translation>已取消导入 {0}：未导入任何内容。</translation>
    </message>
    <message>
        <source>{0}: would import {1:,} new lead(s); {2:,} matched to known accounts (left unchanged); {3:,} skipped.</source>
        <translation>{0}：将导入 {1:,} 条新线索；{2:,} 条与已有客户匹配（保持不变）；跳过 {3:,} 条。</translation>
    </message>
    <message>
        <source>{0}: imported {1:,} new lead(s); {2:,} matched to known accounts (left unchanged); {3:,} skipped.</source>
        <translation>{0}：已导入 {1:,} 条新线索；{2:,} 条与已有客户匹配（保持不变）；跳过 {3:,} 条。</translation>
    </message>
    <message>
        <source>Waited {0} s, but another crmdesk is writing to this workspace; nothing was changed. Try again when it has finished.</source>
        <extracomment>The newest schema revision. Opening a workspace already at this revision needs no Alembic at all, which keeps start-up fast; tests hold it equal to Alembic&apos;s head. Execution option for a first sync&apos;s bulk batch. Its transaction runs without SQLite&apos;s row-by-row foreign key checks (the batch looks each id up once itself), and its commit does not wait for the disk: a batch lost to a power cut takes its cursor with it and is pulled again. Page cache per connection (negative: KiB), shared with the bulk path&apos;s reset. How long a write waits for another writer of the workspace (another crmdesk window, an import from the command line) before it gives up.</extracomment>
        <translation>已等待 {0} 秒，但另一个 crmdesk 正在写入此工作区；未做任何更改。请在它完成后重试。</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in of {0}: {1}</source>
        <translation>邮件服务器拒绝了 {0} 的登录：{1}</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in of {0}: it does not offer AUTH PLAIN, which a user name or password beyond ASCII needs.</source>
        <translation>邮件服务器拒绝了 {0} 的登录：它不支持 AUTH PLAIN，而含非 ASCII 字符的用户名或密码需要这种方式。</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {0} ({1}: {2})</source>
        <translation>无法连接邮件服务器 {0}（{1}：{2}）</translation>
    </message>
    <message>
        <source>The mail server refused it: {0}</source>
        <translation>邮件服务器拒收：{0}</translation>
    </message>
    <message>
        <source>The mail server does not take addresses beyond ASCII (SMTPUTF8).</source>
        <translation>邮件服务器不接受含非 ASCII 字符的地址（SMTPUTF8）。</translation>
    </message>
    <message>
        <source>The connection broke while it was handed over ({0}).</source>
        <translation>交接过程中连接中断（{0}）。</translation>
    </message>
    <message>
        <source>Cannot reach the SMS gateway ({0}).</source>
        <translation>无法连接短信网关（{0}）。</translation>
    </message>
    <message>
        <source>The SMS gateway answered {0}: {1}.</source>
        <translation>短信网关返回 {0}：{1}。</translation>
    </message>
    <message>
        <source>The SMS gateway answered {0}.</source>
        <translation>短信网关返回 {0}。</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>(no outcome)</source>
        <translation>(无结果)</translation>
    </message>
    <message>
        <source>The deal this was about (its history shows it)</source>
        <translation>此记录所涉及的商机（在其历史中显示）</translation>
    </message>
    <message>
        <source>What happened, what was agreed…</source>
        <translation>发生了什么，达成了什么…</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>无跟进</translation>
    </message>
    <message>
        <source>Left alone, the next follow-up stays as it is; choose None to clear it.</source>
        <translation>不修改时，下次跟进保持不变；选“无”可清除。</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>+3 天</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>下次跟进：</translation>
    </message>
    <message>
        <source>No deal in particular</source>
        <translation>不限定商机</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>商机：{0}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Deal closes</source>
        <translation>商机预计成交</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>客服任务</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>客户关怀</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Enter or Space: done · R: reschedule · O: open the company · ↑↓: move</source>
        <extracomment>the items read, each time they are (the reminders watch them)</extracomment>
        <translation>Enter 或空格：完成 · R：改期 · O：打开公司 · ↑↓：移动</translation>
    </message>
    <message>
        <source>{0} overdue · {1} today · {2} in all</source>
        <translation>{0} 项逾期 · {1} 项今天 · 共 {2} 项</translation>
    </message>
    <message>
        <source>Nothing on your agenda this week.</source>
        <translation>本周日程没有待办事项。</translation>
    </message>
    <message>
        <source>Done: {0} · {1}</source>
        <translation>已完成：{0} · {1}</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>明天(&amp;T)</translation>
    </message>
    <message>
        <source>+&amp;3 days</source>
        <translation>3 天后(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>下周(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>选择日期(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>请选择今天或之后的日期。</translation>
    </message>
    <message>
        <source>Moved to {0}: {1} · {2}</source>
        <translation>已改到 {0}：{1} · {2}</translation>
    </message>
</context>
<context>
    <name>AgendaReminders</name>
    <message>
        <source>Click to open the company</source>
        <extracomment>How often what falls due is looked at (ms). How long a notification (and the in-window notice) stays. The most items a notification names; the rest are counted. the laptop&apos;s clock, on the context&apos;s day (tests fix the day, and set their own) whether notifications go to the system tray (tests set their own: the offscreen platform has none) the last notice: its words and the company a click opens (tests read them)</extracomment>
        <translation>单击打开公司</translation>
    </message>
    <message>
        <source>Your agenda: {0} overdue, {1} due today</source>
        <translation>您的日程：{0} 项逾期，{1} 项今天到期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>{0} items due now</source>
        <translation>{0} 项现在到期</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>另有 {0} 项</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Web enquiry assignment</source>
        <translation>官网咨询分配</translation>
    </message>
    <message>
        <source>A lead from the website goes to a rep by these rules, tried in order: the first rule matching the lead with a rep available (active, not away, under the cap) gives it to the rep whose last web lead is longest ago. No rule left: the team&apos;s pool.</source>
        <translation>官网来的线索按以下规则依次分配给销售：第一条匹配该线索且有可用销售（在职、未请假、未超上限）的规则，把线索分给最久未收到官网线索的那位销售。没有匹配的规则：进入团队公海。</translation>
    </message>
    <message>
        <source>Your team lead sets these; here is how web leads reach your team. Mark yourself away in Account ▸ Away from web enquiries…</source>
        <translation>这些由您的团队主管设定；这里显示官网线索如何分配到您的团队。在“客户 ▸ 暂停接收官网咨询…”中把自己设为请假。</translation>
    </message>
    <message>
        <source>e.g. Shanghai, or Healthcare</source>
        <translation>例如：上海，或医疗健康</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Change rule</source>
        <translation>修改规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配条件</translation>
    </message>
    <message>
        <source>Reps (none: every rep, in turn)</source>
        <translation>销售（不选：所有销售轮流）</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> 条未成交线索</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>At most, per rep</source>
        <translation>每位销售最多</translation>
    </message>
    <message>
        <source>Away (until and including)</source>
        <translation>请假（截至当天，含当天）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation>（主管）</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Away from web enquiries</source>
        <translation>暂停接收官网咨询</translation>
    </message>
    <message>
        <source>While you are away, leads from the website go to your colleagues by the team&apos;s rules (or to its pool), up to and including the day you choose. Your team lead sees it in the assignment rules.</source>
        <translation>您请假期间（截至并包括您选择的那一天），官网线索会按团队规则分配给同事（或进入团队公海）。您的团队主管会在分配规则中看到。</translation>
    </message>
    <message>
        <source>You are away until {0}.</source>
        <translation>您请假至 {0}。</translation>
    </message>
    <message>
        <source>You are not away.</source>
        <translation>您未请假。</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>我回来了</translation>
    </message>
    <message>
        <source>Away until (and including)</source>
        <translation>请假至（含当天）</translation>
    </message>
    <message>
        <source>Away until then</source>
        <translation>请假至当天</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>{0} — loading {1} record(s)…</source>
        <translation>{0} — 正在加载 {1} 条记录…</translation>
    </message>
    <message>
        <source>Give to a rep or the pool…</source>
        <translation>移交给销售或公海…</translation>
    </message>
    <message>
        <source>Give the selected accounts, with their history, to a rep of their team or to the team&apos;s pool</source>
        <translation>将所选客户连同历史移交给其团队的销售或团队公海</translation>
    </message>
    <message>
        <source>Give the accounts of the selected deals (a deal&apos;s owner is its account&apos;s) to a rep of their team or to the team&apos;s pool</source>
        <translation>将所选商机的客户（商机负责人即客户负责人）移交给其团队的销售或团队公海</translation>
    </message>
    <message>
        <source>Message their contacts…</source>
        <translation>给其联系人发消息…</translation>
    </message>
    <message>
        <source>Send a template to the contacts of the selected accounts (or deals&apos; accounts); of all those listed, when none is selected</source>
        <translation>给所选客户（或商机所属客户）的联系人发送模板消息；未选择时发给列表中的全部</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Double-click a row to open it.</source>
        <translation>双击一行将其打开。</translation>
    </message>
    <message>
        <source>{0} — {1} record(s)</source>
        <translation>{0} — {1} 条记录</translation>
    </message>
    <message>
        <source>the first {0} listed</source>
        <translation>列出的前 {0} 个</translation>
    </message>
    <message>
        <source>the contacts of {0:,} companies of “{1}”</source>
        <translation>“{1}”的 {0:,} 家公司的联系人</translation>
    </message>
    <message>
        <source>A deal belongs to its account&apos;s owner: the {0} selected deal(s) go with their {1} account(s), and so does everything else of those accounts.</source>
        <translation>商机归属于其客户的负责人：所选的 {0} 个商机将随其 {1} 个客户一起转移，这些客户的其他所有内容也一并转移。</translation>
    </message>
</context>
<context>
    <name>CardPane</name>
    <message>
        <source>Membership: level and points balance; click the card for its ledger</source>
        <extracomment>Contacts the card lists before &quot;and N more&quot; (key people come first). why the user may not change the company (the card is read-only), or None who serves the customer and how far its onboarding is, or None (not handed off) an empty workspace&apos;s first step chosen (crmdesk.ui.start_here: import, new lead, sync)</extracomment>
        <translation>会员：等级和积分余额；单击卡号查看积分明细</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>标记丢单…</translation>
    </message>
    <message>
        <source>Reopen as lead</source>
        <translation>重新作为线索开启</translation>
    </message>
    <message>
        <source>Claim from pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <source>Compare &amp;&amp; merge…</source>
        <translation>比较并合并…</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Edit the company below: your next change sends it to the server again.</source>
        <translation>请在下方修改该公司：您的下一次修改会再次把它发送到服务器。</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <source>Remove it from this laptop (asks first).</source>
        <translation>从本机删除（会先询问）。</translation>
    </message>
    <message>
        <source>Click × to remove a tag</source>
        <translation>单击 × 删除标签</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>输入标签后按回车</translation>
    </message>
    <message>
        <source>Click a name to select the person; Edit… and More for key person, roles on deals and delete</source>
        <translation>单击姓名选中该联系人；“编辑…”和“更多”可设置关键人、商机角色及删除</translation>
    </message>
    <message>
        <source>Click a company to open it, × to remove the link</source>
        <translation>单击公司打开，单击 × 删除关联</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Related companies</source>
        <translation>关联公司</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Select an account in the queue.</source>
        <translation>请在队列中选择一个客户。</translation>
    </message>
    <message>
        <source>import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>add a lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>sync with your team&apos;s server</source>
        <translation>与团队服务器同步</translation>
    </message>
    <message>
        <source>No accounts yet: a company&apos;s card shows here once there is one. To start:</source>
        <translation>还没有客户：有了客户后，这里会显示客户卡片。开始方式：</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <source>Channel: {0}</source>
        <translation>渠道：{0}</translation>
    </message>
    <message>
        <source>Acquired {0}</source>
        <translation>获客于 {0}</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Onboarding complete</source>
        <translation>入职完成</translation>
    </message>
    <message>
        <source>Onboarding: {0} of {1} done</source>
        <translation>入职：已完成 {0}/{1}</translation>
    </message>
    <message>
        <source>service: {0}</source>
        <translation>客服：{0}</translation>
    </message>
    <message>
        <source>service: not assigned</source>
        <translation>客服：未指定</translation>
    </message>
    <message>
        <source>A two-way conversation or a new deal keeps it with its owner.</source>
        <translation>一次双向沟通或一个新商机可让它留在负责人名下。</translation>
    </message>
    <message>
        <source>Stop pursuing this account, with a reason.</source>
        <translation>放弃跟进该客户，并注明原因。</translation>
    </message>
    <message>
        <source>Service fields: {0}</source>
        <translation>客服字段：{0}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>还没有联系人。</translation>
    </message>
    <message>
        <source>refused with its company</source>
        <translation>随其公司一并被拒收</translation>
    </message>
    <message>
        <source>Not on the server: {0}</source>
        <translation>未到服务器：{0}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>更多 ▾</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>还有 {0} 个</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>发消息…</translation>
    </message>
    <message>
        <source>Opted out of messages</source>
        <translation>已退订消息</translation>
    </message>
    <message>
        <source>Remove {0} from the contacts of {1}? Calls and visits with them stay on the timeline under their name.</source>
        <translation>要从 {1} 的联系人中删除 {0} 吗？与其相关的电话和拜访仍以其姓名保留在时间线上。</translation>
    </message>
    <message>
        <source>No related companies yet.</source>
        <translation>还没有关联公司。</translation>
    </message>
    <message>
        <source>Remove the link: {0} referred {1} to us?</source>
        <translation>删除此关联：{0} 向我们推荐了 {1}？</translation>
    </message>
    <message>
        <source>Remove the link: {0} is the {1} of {2}?</source>
        <translation>删除关联：{0} 是 {2} 的{1}？</translation>
    </message>
    <message>
        <source>Remove the link: {0} is a {1} of {2}?</source>
        <translation>删除关联：{0} 是 {2} 的{1}？</translation>
    </message>
    <message>
        <source>Not on the server</source>
        <translation>未到服务器</translation>
    </message>
    <message>
        <source>The server refused this new company: {0}</source>
        <translation>服务器拒收了这家新公司：{0}</translation>
    </message>
    <message>
        <source>Fix it here (your next change sends it again, with what you added to it) or discard it.</source>
        <translation>在这里修正（您的下一次修改会连同新增内容再次发送），或将其丢弃。</translation>
    </message>
    <message>
        <source>The server refused this new {0} ({1}): {2}</source>
        <translation>服务器拒收了这条新的{0}（{1}）：{2}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Discard {0} from this laptop? The server never had it, so it will be gone for good.</source>
        <translation>要从本机丢弃 {0} 吗？服务器从未收到它，丢弃后将永久消失。</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>可能重复：</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation>（另有 {0} 个）</translation>
    </message>
    <message>
        <source>Not saved on the previous account: {0}</source>
        <translation>上一个客户上的内容未保存：{0}</translation>
    </message>
</context>
<context>
    <name>CareSettingsDialog</name>
    <message>
        <source>Care reminders</source>
        <translation>客户关怀提醒</translation>
    </message>
    <message>
        <source>Renewals, birthdays and anniversaries come into the queue&apos;s Care reminders this many days before the day. Ctrl+M on one writes the message of the template chosen here.</source>
        <translation>续约、生日和周年纪念会提前这么多天进入队列的“客户关怀提醒”。在一条提醒上按 Ctrl+M，即用这里选定的模板写消息。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天前提醒</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>0 to {0} days; {1} when the team sets none</source>
        <translation>0 到 {0} 天；团队未设置时为 {1}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>You belong to no team: care settings are a team&apos;s.</source>
        <translation>您不属于任何团队：客户关怀设置是团队的设置。</translation>
    </message>
    <message>
        <source>“{0}” (named after it)</source>
        <translation>“{0}”（以类型命名）</translation>
    </message>
    <message>
        <source>{0} (no such template)</source>
        <translation>{0}（没有此模板）</translation>
    </message>
</context>
<context>
    <name>ChannelCostsDialog</name>
    <message>
        <source>Channel costs</source>
        <translation>渠道成本</translation>
    </message>
    <message>
        <source>What each channel cost per month, in {0}: channel ROI compares it with the revenue its leads bring. Type in a cell to change it; Save sends the changed cells, and every laptop receives them at its next sync.</source>
        <translation>每个渠道每月的成本（{0}）：渠道 ROI 会将其与该渠道线索带来的收入对比。在单元格中输入即可修改；“保存”会发送修改过的单元格，每台电脑下次同步时都会收到。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{0} cell(s) changed</source>
        <translation>已修改 {0} 个单元格</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Where leads come from. A channel added here reaches every laptop at its next sync. A channel takes web enquiries once it has an intake key, which the server makes: the website&apos;s form sends it with each enquiry.</source>
        <translation>线索的来源。在这里添加的渠道，每台电脑下次同步时都会收到。渠道拥有服务器生成的接入密钥后即可接收官网咨询：网站表单会随每条咨询一起发送该密钥。</translation>
    </message>
    <message>
        <source>New channel&apos;s name</source>
        <translation>新渠道名称</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>New intake key…</source>
        <translation>新的接入密钥…</translation>
    </message>
    <message>
        <source>Costs…</source>
        <translation>成本…</translation>
    </message>
    <message>
        <source>Enquiries go to</source>
        <translation>咨询分配给</translation>
    </message>
    <message>
        <source>unknown offline</source>
        <translation>离线，未知</translation>
    </message>
    <message>
        <source>Which channels take web enquiries is known to the server; it is not reachable now.</source>
        <translation>哪些渠道接收官网咨询由服务器掌握；目前无法连接服务器。</translation>
    </message>
    <message>
        <source>Channel added; every laptop receives it at its next sync.</source>
        <translation>渠道已添加；每台电脑下次同步时都会收到。</translation>
    </message>
    <message>
        <source>Choose a channel and the team its enquiries go to first.</source>
        <translation>请先选择渠道及其咨询默认进入的团队。</translation>
    </message>
    <message>
        <source>Replace the key?</source>
        <translation>替换密钥？</translation>
    </message>
    <message>
        <source>“{0}” has a key: a new one stops the old one at once, so the website needs the new one.</source>
        <translation>“{0}”已有密钥：新密钥会立即使旧密钥失效，因此网站需要使用新密钥。</translation>
    </message>
    <message>
        <source>Asking the server for a new key…</source>
        <translation>正在向服务器申请新密钥…</translation>
    </message>
</context>
<context>
    <name>ChannelsModel</name>
    <message>
        <source>no</source>
        <extracomment>How long the window waits for the server&apos;s answer about keys. channel -&gt; team; None: not known (offline, or not asked yet)</extracomment>
        <translation>否</translation>
    </message>
    <message>
        <source>yes, for {0}</source>
        <translation>是，持卡人 {0}</translation>
    </message>
    <message>
        <source>a removed team</source>
        <translation>已删除的团队</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(未知)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>When someone else changed the same field later, their value was kept and yours is listed here. Restore yours to send it again as a new change.</source>
        <translation>当其他人之后修改了同一字段时，保留的是他们的值，您的值列在这里。恢复您的值即可作为一次新的修改再次发送。</translation>
    </message>
    <message>
        <source>No conflicts: every change you made is on the server.</source>
        <translation>没有冲突：您的每项更改都已在服务器上。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Restore mine</source>
        <translation>恢复我的值</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Copy my value</source>
        <translation>复制我的值</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(not known here)</source>
        <translation>(本机未知)</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>YYYY-MM-DD, or MM-DD without the year</source>
        <translation>YYYY-MM-DD，或不含年份的 MM-DD</translation>
    </message>
    <message>
        <source>Their birthday: a care reminder comes up a few days before it</source>
        <translation>其生日：生日前几天会出现关怀提醒</translation>
    </message>
    <message>
        <source>Key person (KP)</source>
        <translation>关键人 (KP)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(无人)</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract — {0}</source>
        <translation>新合同 — {0}</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新合同</translation>
    </message>
    <message>
        <source>None: straight from the account</source>
        <translation>无：直接来自客户</translation>
    </message>
    <message>
        <source> (has a contract)</source>
        <translation>（已有合同）</translation>
    </message>
    <message>
        <source>e.g. C-2026-014</source>
        <translation>例如：C-2026-014</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>no fixed term</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>One payment</source>
        <translation>一次付清</translation>
    </message>
    <message>
        <source> instalments</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>Equal, monthly</source>
        <translation>按月平均</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>添加一期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>填充：</translation>
    </message>
    <message>
        <source>The account becomes Contracted once a payment on a contract is received; the sale is credited to the deal&apos;s owner on the day each payment arrives, not when the contract is typed in.</source>
        <translation>收到合同的回款后，客户即成为成交客户；销售业绩在每笔回款到账之日计入商机负责人，而不是在录入合同时。</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>From won deal</source>
        <translation>来自赢单商机</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Record contract</source>
        <translation>登记合同</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>产品：{0}</translation>
    </message>
    <message>
        <source>No products on the deal.</source>
        <translation>该商机没有产品。</translation>
    </message>
    <message>
        <source>No schedule: the whole amount is due on signing.</source>
        <translation>无回款计划：全部金额在签约时到期。</translation>
    </message>
    <message>
        <source>1 instalment</source>
        <translation>1 期</translation>
    </message>
    <message>
        <source>{0} instalments</source>
        <translation>{0} 期</translation>
    </message>
    <message>
        <source>{0}, {1} of {2}</source>
        <translation>{0}，{1} / {2}</translation>
    </message>
    <message>
        <source>{0} still to schedule</source>
        <translation>还有 {0} 未排期</translation>
    </message>
    <message>
        <source>{0} too much</source>
        <translation>多了 {0}</translation>
    </message>
</context>
<context>
    <name>ContractsSection</name>
    <message>
        <source>New contract…</source>
        <extracomment>&quot;contract&quot;, or &quot;payment&quot; with the contract id (None: the dialog chooses) why the user may not change the company (nothing new recorded), or None</extracomment>
        <translation>新建合同…</translation>
    </message>
    <message>
        <source>A signed contract and its payment schedule, from a won deal or for the company.</source>
        <translation>已签订的合同及其回款计划，来自赢单商机或直接为公司创建。</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Money received against an instalment.</source>
        <translation>针对某一期收到的回款。</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>还有 {0} 个</translation>
    </message>
    <message>
        <source>No contracts yet.</source>
        <translation>还没有合同。</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <source>{0}, {1}: entered in {2}; change it with crmdesk-server channel cost</source>
        <extracomment>The currency the dialog enters costs in (the workspace&apos;s money is in it).</extracomment>
        <translation>{0}，{1}：以 {2} 录入；请用 crmdesk-server channel cost 修改</translation>
    </message>
    <message>
        <source>{0}, {1}: no cost entered yet</source>
        <translation>{0}，{1}：尚未录入成本</translation>
    </message>
    <message>
        <source>A cost entered cannot be left blank: type 0 if the channel cost nothing that month.</source>
        <translation>已录入的成本不能留空：如果该渠道当月没有花费，请填 0。</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Move to a day</source>
        <translation>改到某一天</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal at {0}</source>
        <translation>在 {0} 新建商机</translation>
    </message>
    <message>
        <source>Deal: {0} ({1})</source>
        <translation>商机：{0}（{1}）</translation>
    </message>
    <message>
        <source>What is being sold, e.g. Fleet rollout 2027</source>
        <translation>销售的内容，例如：2027 车队更新</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>= the products&apos; total</source>
        <translation>= 产品合计</translation>
    </message>
    <message>
        <source>The amount follows the product lines until you type one.</source>
        <translation>金额随产品明细变化，直到您手动输入。</translation>
    </message>
    <message>
        <source>Untick: no expected close date</source>
        <translation>取消勾选：无预计成交日期</translation>
    </message>
    <message>
        <source>The next thing you will do, and when</source>
        <translation>您接下来要做什么，以及何时做</translation>
    </message>
    <message>
        <source>Who else is bidding, separated by commas</source>
        <translation>还有谁在竞标，用逗号分隔</translation>
    </message>
    <message>
        <source>Commit: I expect it to close this period</source>
        <translation>承诺：我预计本期成交</translation>
    </message>
    <message>
        <source>Why it was lost, e.g. chose a competitor</source>
        <translation>丢单原因，例如：选择了竞争对手</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>创建于 {0}</translation>
    </message>
    <message>
        <source>{0} days in {1}</source>
        <translation>在{1}阶段 {0} 天</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Playbook for this stage</source>
        <translation>本阶段的销售手册</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>创建商机</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <source>Take {0} off the deal&apos;s team</source>
        <translation>将 {0} 移出该商机团队</translation>
    </message>
    <message>
        <source>Save the deal first; then add colleagues to its team.</source>
        <translation>请先保存商机，再添加同事到其团队。</translation>
    </message>
    <message>
        <source>No one else is on this deal yet.</source>
        <translation>该商机还没有其他成员。</translation>
    </message>
    <message>
        <source>They see this deal, its company and contacts, and log activities on it.</source>
        <translation>他们能看到该商机、其公司和联系人，并可记录相关跟进。</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <source>Products&apos; total: {0}</source>
        <translation>产品合计：{0}</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>阶段默认值</translation>
    </message>
    <message>
        <source>set for this deal (the stage&apos;s default is {0} %)</source>
        <translation>为该商机单独设置（阶段默认值为 {0} %）</translation>
    </message>
    <message>
        <source>{0}: {1} % by default</source>
        <translation>{0}：默认赢率 {1} %</translation>
    </message>
    <message>
        <source>; stuck after {0} days</source>
        <translation>；{0} 天后停滞</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>To move on from it</source>
        <translation>推进条件</translation>
    </message>
    <message>
        <source>Moving here leaves unmet (you will be asked):</source>
        <translation>推进到这里会留下未满足的条件（会先询问您）：</translation>
    </message>
    <message>
        <source>A new deal: its stage, amount and close date are kept here as they change.</source>
        <translation>新商机：其阶段、金额和成交日期的每次变化都会保存在这里。</translation>
    </message>
    <message>
        <source>No changes kept yet.</source>
        <translation>还没有保存任何更改。</translation>
    </message>
    <message>
        <source>Slipped {0} time(s), {1} days in all</source>
        <translation>推迟 {0} 次，共 {1} 天</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>slipped {0} days</source>
        <translation>推迟了 {0} 天</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Not saved: moving to {0} leaves unmet: {1}.</source>
        <translation>未保存：推进到 {0} 会留下未满足的条件：{1}。</translation>
    </message>
    <message>
        <source>Move on past the playbook?</source>
        <translation>越过销售手册继续推进吗？</translation>
    </message>
    <message>
        <source>Moving this deal to &lt;b&gt;{0}&lt;/b&gt; leaves these unmet:</source>
        <translation>把该商机推进到 &lt;b&gt;{0}&lt;/b&gt; 会留下以下未满足的条件：</translation>
    </message>
    <message>
        <source>Move it anyway?</source>
        <translation>仍然推进吗？</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>仍然推进</translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>New deal…</source>
        <extracomment>Deals the card lists before &quot;and N more&quot; (open ones come first): two, or as many as are open up to three, so closed deals are the first to fold away. how many colleagues are on each listed deal&apos;s virtual team (none: left out) why the user may not change the company (no new deal), or None</extracomment>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>A new deal at this company (Ctrl+D)</source>
        <translation>在这家公司新建商机 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Click a deal&apos;s name to open it</source>
        <translation>单击商机名称打开</translation>
    </message>
    <message>
        <source>No deals yet. Start one with New deal (Ctrl+D).</source>
        <translation>还没有商机。用“新建商机”(Ctrl+D) 创建一个。</translation>
    </message>
    <message>
        <source>no amount yet</source>
        <translation>尚无金额</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>+{0} on the team</source>
        <translation>团队另有 {0} 人</translation>
    </message>
    <message>
        <source>close {0}</source>
        <translation>预计 {0} 成交</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>无成交日期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>在此阶段 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>没有下一步</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>还有 {0} 个</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <source>e.g. Deposit</source>
        <extracomment>Currencies offered first (any ISO code may be typed).</extracomment>
        <translation>例如：首付款</translation>
    </message>
    <message>
        <source>Remove this instalment</source>
        <translation>删除这一期</translation>
    </message>
</context>
<context>
    <name>EditContactDialog</name>
    <message>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Calendar feed</source>
        <translation>日历订阅</translation>
    </message>
    <message>
        <source>Subscribe to this address in your calendar app (Google Calendar, Outlook, Apple Calendar: “add calendar from URL”) to see your open follow-ups and tasks there, kept up to date by the server. Keep it private: whoever has it sees them.</source>
        <translation>在日历应用（Google 日历、Outlook、Apple 日历：“通过 URL 添加日历”）中订阅此地址，即可在其中看到您未完成的跟进和任务，并由服务器保持更新。请妥善保管：拿到地址的人都能看到它们。</translation>
    </message>
    <message>
        <source>No address on this computer yet</source>
        <translation>本机还没有地址</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>停用订阅</translation>
    </message>
    <message>
        <source>Get address</source>
        <translation>获取地址</translation>
    </message>
    <message>
        <source>No secure password store on this computer: copy the address now, it is not kept.</source>
        <translation>本机没有安全的密码存储：请现在复制地址，它不会被保存。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Calendars subscribed to the current address will stop updating. Get a new address?</source>
        <translation>订阅当前地址的日历将不再更新。要获取新地址吗？</translation>
    </message>
    <message>
        <source>Calendars subscribed to this address will stop updating. Turn the feed off?</source>
        <translation>订阅此地址的日历将不再更新。要关闭订阅吗？</translation>
    </message>
</context>
<context>
    <name>GraphPane</name>
    <message>
        <source>An arrow points from the person who influences to the one influenced; the thicker, the stronger. The stripe on a person is their role on open deals; on a deal&apos;s decision map, the edge and the last line are where they stand.
Click a person or a company to open it, double-click a deal to open it in the deal editor; right-click a line or a box to remove a link; the wheel zooms, dragging moves, Fit shows it all.</source>
        <translation>箭头从施加影响的人指向被影响的人；越粗影响越大。人名旁的色条是其在未成交商机中的角色；在商机的决策地图上，边框和最后一行表示其立场。
单击人或公司即可打开，双击商机可在商机编辑器中打开；右键单击连线或方框可删除关联；滚轮缩放，拖动平移，“适应”显示全部。</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <source>Link people (reports to, influences) or companies (parent, subsidiary, supplier, customer, partner, referral)</source>
        <translation>关联人（汇报给、影响）或公司（母公司、子公司、供应商、客户、合作伙伴、转介绍）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole graph in the pane</source>
        <translation>在窗格中显示整个关系图</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the graph as a PNG picture or an SVG drawing</source>
        <translation>将关系图保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Show the whole account, or one deal&apos;s decision map: its people by reporting line, with their role and where they stand</source>
        <translation>显示整个客户，或某个商机的决策地图：按汇报关系排列的人员，附其角色和立场</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No contacts or related companies yet.</source>
        <translation>还没有联系人或关联公司。</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>强度 </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The people of the company you open, and how they relate, show here.</source>
        <translation>打开客户后，这里会显示其联系人及相互关系。</translation>
    </message>
    <message>
        <source>key person</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>{0} (closed)</source>
        <translation>{0}（已关闭）</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>商机：{0}</translation>
    </message>
    <message>
        <source>No one has a role on this deal yet: set roles in the deal editor.</source>
        <translation>该商机还没有人被设置角色：请在商机编辑器中设置。</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation>无法写入 {0}。</translation>
    </message>
    <message>
        <source>Remove: {0}</source>
        <translation>删除：{0}</translation>
    </message>
    <message>
        <source>Remove the link: {0}?</source>
        <translation>删除关联：{0}？</translation>
    </message>
    <message>
        <source>Add people to this account first.</source>
        <translation>请先为该客户添加联系人。</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Step, e.g. Kick-off call</source>
        <translation>步骤，例如：启动会</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hand-off to customer service</source>
        <translation>移交客服</translation>
    </message>
    <message>
        <source>When a contracted customer&apos;s first payment arrives, the server gives it a service owner by this rule and creates these onboarding tasks, each due so many days after. The rep keeps the account for further sales.</source>
        <translation>已成交客户的首笔回款到账时，服务器按此规则为其指定客服负责人，并创建以下入职任务，每项在若干天后到期。销售仍保留该客户，以便后续销售。</translation>
    </message>
    <message>
        <source>Your team lead sets this; here it is as the server applies it.</source>
        <translation>这由您的团队主管设定；这里显示服务器如何应用它。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>客服负责人</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>客服人员</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>&lt;b&gt;Onboarding checklist&lt;/b&gt; (in this order)</source>
        <translation>&lt;b&gt;入职清单&lt;/b&gt;（按此顺序）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>This team has no active service user: paid customers wait until an administrator adds one (crmdesk-server user add NAME --role service --team TEAM); they are then handed off by themselves.</source>
        <translation>该团队没有在职客服：已付款客户需等待管理员添加一位（crmdesk-server user add NAME --role service --team TEAM）；之后会自动移交。</translation>
    </message>
    <message>
        <source>The service user this rule names is no longer active, so paid customers wait: name another, or let the team&apos;s service users take turns.</source>
        <translation>该规则指定的客服人员已停用，已成交客户在等待：请指定其他人，或让团队客服轮流负责。</translation>
    </message>
    <message>
        <source>The onboarding checklist has at most {0} steps.</source>
        <translation>入职清单最多 {0} 步。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>CSV 文件或 Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>正在加载渠道…</translation>
    </message>
    <message>
        <source>Detect (UTF-8 first)</source>
        <translation>自动检测（优先 UTF-8）</translation>
    </message>
    <message>
        <source>Assign the new leads to me (otherwise: team pool)</source>
        <translation>把新线索分配给我（否则进入团队公海）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The new leads go to this team&apos;s pool.</source>
        <translation>新线索进入该团队公海。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Encoding (CSV)</source>
        <translation>编码（CSV）</translation>
    </message>
    <message>
        <source>Sheet (Excel)</source>
        <translation>工作表（Excel）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Choose a file: its columns are found by their headers in English, Chinese or Hebrew (Company, 公司名称, שם החברה …), and can be changed below.</source>
        <translation>选择文件：按英文、中文或希伯来文表头识别各列（Company、公司名称、שם החברה …），可在下方修改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Choose the channel of these leads</source>
        <translation>请选择这批线索的渠道</translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation>还没有渠道</translation>
    </message>
    <message>
        <source>There are no channels to import under yet. An administrator adds them on the server (crmdesk-server channel add NAME); they arrive with the next sync.</source>
        <translation>还没有可用于导入的渠道。管理员在服务器上添加（crmdesk-server channel add NAME），下次同步时即可收到。</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>线索文件 (*.csv *.txt *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The first {0} rows as they would import: {1} new, {2} already known (left as they are), {3} not imported.</source>
        <translation>前 {0} 行的导入预览：{1} 条新增，{2} 条已存在（保持不变），{3} 条不导入。</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>{0} is still being read: import it once its sheets show.</source>
        <translation>{0} 仍在读取：请在其工作表显示后再导入。</translation>
    </message>
    <message>
        <source>Choose the channel the leads came from.</source>
        <translation>选择这批线索的来源渠道。</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>未导入任何内容：{0}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: {0}</source>
        <translation>报告未保存：{0}</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>报告已保存到 {0}。</translation>
    </message>
</context>
<context>
    <name>IssueCardDialog</name>
    <message>
        <source>Issue member card</source>
        <translation>开通会员卡</translation>
    </message>
    <message>
        <source>The key person with a mobile</source>
        <translation>有手机号的关键人</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>开卡</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>New intake key</source>
        <translation>新的接入密钥</translation>
    </message>
    <message>
        <source>The intake key for “{0}” (enquiries go to {1}). It is shown only now: copy it into the website&apos;s form settings. The channel&apos;s previous key no longer works.</source>
        <translation>“{0}”的接入密钥（咨询分配给 {1}）。它只显示这一次：请复制到网站表单设置中。该渠道之前的密钥已失效。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark {0} lost</source>
        <translation>将 {0} 标记为丢单</translation>
    </message>
    <message>
        <source>Why? e.g. chose a competitor, no budget</source>
        <translation>原因？例如：选择了竞争对手、没有预算</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>标记丢单</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail and SMS settings</source>
        <extracomment>The usual port of each way of securing the connection.</extracomment>
        <translation>邮件和短信设置</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常端口 587）</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>一开始就使用 TLS（通常端口 465）</translation>
    </message>
    <message>
        <source>only for a company&apos;s own certificate authority</source>
        <translation>仅用于公司自建的证书颁发机构</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save and try the connection</source>
        <translation>保存并测试连接</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>信任证书</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>短信网关</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The JSON posted for each SMS: {to} is the mobile number, {text} the message.</source>
        <translation>每条短信提交的 JSON：{to} 为手机号码，{text} 为消息内容。</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Key header</source>
        <translation>密钥请求头</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in this computer&apos;s keyring, never in the workspace.</source>
        <translation>密码和密钥保存在本机的钥匙串中，从不存入工作区。</translation>
    </message>
    <message>
        <source>kept in the keyring — type to change</source>
        <translation>已保存在钥匙串中 — 输入即可修改</translation>
    </message>
    <message>
        <source>not kept yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>要信任的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crmdesk — {0}</source>
        <extracomment>The open account&apos;s card, its duplicate&apos;s, and both as the merge rules see them. menu items shown only to the roles that may use them (crmdesk.ui.window_menus) sends the message outbox in the background (crmdesk.ui.outbox_service)</extracomment>
        <translation>crmdesk — {0}</translation>
    </message>
    <message>
        <source>Lead queue</source>
        <translation>线索队列</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客户卡片</translation>
    </message>
    <message>
        <source>Follow-up timeline</source>
        <translation>跟进时间线</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <source>One of the accounts is gone.</source>
        <translation>其中一个客户已不存在。</translation>
    </message>
    <message>
        <source>Merged {0} into {1}.</source>
        <translation>已将 {0} 合并到 {1}。</translation>
    </message>
    <message>
        <source>There is no team yet, so no hand-off rule.</source>
        <translation>还没有团队，因此没有移交规则。</translation>
    </message>
    <message>
        <source>That person&apos;s queue is not yours to open.</source>
        <translation>您无权打开此人的队列。</translation>
    </message>
    <message>
        <source>Choose a contact on the card first (click their name).</source>
        <translation>请先在卡片上选择一位联系人（单击其姓名）。</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{1} 的 {0}</translation>
    </message>
    <message>
        <source>The team has no template “{0}”: add one, or choose one in the team&apos;s care settings.</source>
        <translation>团队没有模板“{0}”：请添加一个，或在团队的客户关怀设置中另选一个。</translation>
    </message>
    <message>
        <source>The company has no contact to write to.</source>
        <translation>这家公司没有可以发消息的联系人。</translation>
    </message>
    <message>
        <source>{0} ({1} people)</source>
        <translation>{0}（{1} 人）</translation>
    </message>
    <message>
        <source>{0} (1 person)</source>
        <translation>{0}（1 人）</translation>
    </message>
    <message>
        <source>The queue shows no companies.</source>
        <translation>队列中没有公司。</translation>
    </message>
    <message>
        <source>Select companies in the queue first.</source>
        <translation>请先在队列中选择公司。</translation>
    </message>
    <message>
        <source>Messages: {0} sent, {1} failed, {2} waiting.</source>
        <translation>消息：已发送 {0}，失败 {1}，待发 {2}。</translation>
    </message>
    <message>
        <source>See the outbox for why.</source>
        <translation>原因请查看发件箱。</translation>
    </message>
    <message>
        <source>Signed out: your work stays on this laptop until you sign in again.</source>
        <translation>已退出登录：您的工作保留在本机，直到您再次登录。</translation>
    </message>
    <message>
        <source>This workspace held another person&apos;s records: they were removed from this laptop, and yours are arriving.</source>
        <translation>此工作区保存过其他人的记录：已从本机移除，您的记录正在传入。</translation>
    </message>
    <message>
        <source>Service tasks</source>
        <translation>客服任务</translation>
    </message>
</context>
<context>
    <name>MembershipRuleDialog</name>
    <message>
        <source>Membership levels and points</source>
        <translation>会员等级与积分</translation>
    </message>
    <message>
        <source>Every payment from a customer with a member card earns points by this rule (rounded down; a payment in another currency earns none). The level follows the points collected, redeeming never lowers it. It reaches the whole team at its next sync.</source>
        <translation>持有会员卡的客户每笔回款都按此规则累积积分（向下取整；其他币种的回款不积分）。等级按累计获得的积分计算，兑换积分不会降级。下次同步时对全团队生效。</translation>
    </message>
    <message>
        <source>Your team lead sets these: the points your customers&apos; payments earn and the levels they climb.</source>
        <translation>由团队主管设置：客户回款累积的积分，以及可晋升的会员等级。</translation>
    </message>
    <message>
        <source>points for every</source>
        <translation>积分，每</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From points</source>
        <translation>起始积分</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <source>Sent to the card holder when their points change; the team&apos;s SMS templates (Messages › Templates…).</source>
        <translation>积分变动时发给持卡人；从团队的短信模板中选择（消息 › 模板…）。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>SMS when points change</source>
        <translation>积分变动短信</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation>不发短信</translation>
    </message>
    <message>
        <source>{0} (no such SMS template)</source>
        <translation>{0}（没有此短信模板）</translation>
    </message>
</context>
<context>
    <name>MembershipSection</name>
    <message>
        <source>Issue card…</source>
        <translation>开卡…</translation>
    </message>
    <message>
        <source>A member card: payments earn points by the team&apos;s rule from now on.</source>
        <translation>会员卡：从现在起，回款按团队规则累积积分。</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>兑换…</translation>
    </message>
    <message>
        <source>Spend points on a reward.</source>
        <translation>用积分兑换奖励。</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Correct the points either way, saying why.</source>
        <translation>增减积分都可以，并说明原因。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate accounts</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>保留这条记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>获客日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Details the kept record will have</source>
        <translation>保留记录将采用的信息</translation>
    </message>
    <message>
        <source>The same in both records.</source>
        <translation>两条记录相同。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Why they look alike: {0}</source>
        <translation>看起来相似的原因：{0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>“{0}” stays and takes every contact, activity, deal, contract, payment, tag and relation of “{1}”, which is then removed.</source>
        <translation>保留“{0}”，它将接收“{1}”的所有联系人、跟进记录、商机、合同、回款、标签和关联，随后删除“{1}”。</translation>
    </message>
    <message>
        <source>It keeps the earliest acquired date of the two: {0}.</source>
        <translation>保留两者中较早的获客日期：{0}。</translation>
    </message>
    <message>
        <source>From the other record it takes: {0}.</source>
        <translation>从另一条记录取用：{0}。</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact at {0}</source>
        <translation>在 {0} 新建联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>These details are already known at:</source>
        <translation>这些信息已存在于：</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>The new lead goes to this team&apos;s pool.</source>
        <translation>新线索进入该团队公海。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>创建线索</translation>
    </message>
    <message>
        <source>This may already be in the CRM:</source>
        <translation>CRM 中可能已有此记录：</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <source>Check the possible duplicates above first.</source>
        <translation>请先检查上面可能重复的记录。</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>{0} message(s) were cut off when crmdesk last stopped: they are marked failed in the outbox (they may have gone; check before sending again).</source>
        <extracomment>How many messages one run hands over before the window hears how far it got. How often (ms) the service tries again while messages wait.</extracomment>
        <translation>crmdesk 上次停止时有 {0} 条消息被中断：它们在发件箱中标记为失败（可能已经发出；重新发送前请先核实）。</translation>
    </message>
    <message>
        <source>Sending stopped: {0}</source>
        <translation>发送已停止：{0}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>全部消息</translation>
    </message>
    <message>
        <source>Choose a message to read what it says.</source>
        <translation>选择一条消息查看内容。</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Send the selected failed messages again. One cut off while it was handed over may have gone: look for it in your sent mail first.</source>
        <translation>重新发送所选的失败消息。交接过程中被中断的消息可能已经发出：请先在已发送邮件中查找。</translation>
    </message>
    <message>
        <source>Send waiting now</source>
        <translation>立即发送待发</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>{0} waiting · {1} sent · {2} failed · {3} skipped</source>
        <translation>待发 {0} · 已发送 {1} · 失败 {2} · 跳过 {3}</translation>
    </message>
    <message>
        <source>To: {0} &lt;{1}&gt;</source>
        <translation>收件人：{0} &lt;{1}&gt;</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>主题：{0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} message(s) will be sent again.</source>
        <translation>{0} 条消息将重新发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sending: {0} of {1}…</source>
        <translation>正在发送：{0} / {1}…</translation>
    </message>
    <message>
        <source>Sent {0}, failed {1}, waiting {2}.</source>
        <translation>已发送 {0}，失败 {1}，待发 {2}。</translation>
    </message>
    <message>
        <source>Another crmdesk is sending this outbox; the messages wait for it.</source>
        <translation>另一个 crmdesk 正在发送此发件箱；消息会等待它完成。</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Nothing to show for this scope.</source>
        <translation>此范围内没有可显示的内容。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} due</source>
        <translation>{0} · {1} · {2} 到期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No schedule: against the contract</source>
        <translation>无回款计划：计入合同</translation>
    </message>
    <message>
        <source>Paid {0} of {1}</source>
        <translation>已回款 {0} / {1}</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} 个逾期</translation>
    </message>
    <message>
        <source>No contract of this company has money still due.</source>
        <translation>这家公司没有仍有应收款的合同。</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>no one in particular</source>
        <translation>不限定某人</translation>
    </message>
    <message>
        <source>With: {0}</source>
        <translation>参与人：{0}</translation>
    </message>
    <message>
        <source>Who you spoke to (the first named is foremost)</source>
        <translation>与谁沟通（第一个是主要联系人）</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Sales targets</source>
        <extracomment>typed cells not yet saved, and the targets as loaded (what &quot;changed&quot; reads)</extracomment>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Targets for</source>
        <translation>目标维度</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>{0} target</source>
        <translation>{0} 目标</translation>
    </message>
    <message>
        <source>{0} credited so far</source>
        <translation>目前已计入 {0}</translation>
    </message>
    <message>
        <source>{0} credited</source>
        <translation>已计入 {0}</translation>
    </message>
    <message>
        <source>Type the target in {0}; empty clears it.</source>
        <translation>以 {0} 填写目标；留空即清除。</translation>
    </message>
    <message>
        <source>{0:.0f}% of the target</source>
        <translation>完成目标的 {0:.0f}%</translation>
    </message>
    <message>
        <source>each rep&apos;s payments credited (their deals&apos;)</source>
        <translation>每位销售计入的回款（其商机的）</translation>
    </message>
    <message>
        <source>the payments credited to the team&apos;s people</source>
        <translation>计入团队成员的回款</translation>
    </message>
    <message>
        <source>payments split over each deal&apos;s products by their value</source>
        <translation>回款按各商机产品的价值拆分</translation>
    </message>
    <message>
        <source>the customer&apos;s payments (the team&apos;s top payers and any with a target are listed)</source>
        <translation>客户的回款（列出团队回款最多的客户及设有目标的客户）</translation>
    </message>
    <message>
        <source>Type targets in {0}, in whole {0}; </source>
        <translation>目标以 {0} 为单位、按整数{0}填写；</translation>
    </message>
    <message>
        <source>Your team lead sets these targets; </source>
        <translation>这些目标由您的团队主管设定；</translation>
    </message>
    <message>
        <source>beside each: {0}, green at or above target, red below.</source>
        <translation>每项旁为：{0}，达到或超过目标为绿色，低于目标为红色。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{0} target(s) changed, not saved yet.</source>
        <translation>{0} 个目标已修改，尚未保存。</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Team playbook: deal stages</source>
        <translation>团队销售手册：商机阶段</translation>
    </message>
    <message>
        <source>Your team&apos;s rules for its deals: a new stage gives a deal its probability; a deal is stuck when it stays longer than the limit; moving on past an unmet condition asks first.</source>
        <translation>团队的商机规则：进入新阶段会给商机设定赢率；停留超过上限即为停滞；越过未满足的条件推进前会先询问。</translation>
    </message>
    <message>
        <source>Your team lead sets these; here they are as your deals follow them.</source>
        <translation>这些由您的团队主管设定；这里显示您的商机如何遵循它们。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>What for: a reward, a gift…</source>
        <translation>用途：奖励、礼品…</translation>
    </message>
    <message>
        <source>Why: a correction, a goodwill gesture…</source>
        <translation>原因：更正、客情补偿…</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>要兑换的积分</translation>
    </message>
    <message>
        <source>Points (+/−)</source>
        <translation>积分 (+/−)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>PoolRulesDialog</name>
    <message>
        <source>Team pool rules</source>
        <extracomment>Which rules count days (the others count accounts). The teams the dialog offers, by name, each with its rules.</extracomment>
        <translation>团队公海规则</translation>
    </message>
    <message>
        <source>The server returns a rep&apos;s idle Lead and Potential accounts to the team&apos;s pool by these rules, with their history; laptops warn ahead. 0 turns a rule off: until you set days, nothing returns. Suggested fills in the usual rules.</source>
        <translation>服务器按以下规则把销售名下闲置的线索和潜在客户连同历史退回团队公海；电脑会提前提醒。0 表示关闭该规则：在设置天数之前，不会有客户退回。“建议值”会填入常用规则。</translation>
    </message>
    <message>
        <source>Your team lead sets these; the server applies them to everyone&apos;s accounts.</source>
        <translation>这些由您的团队主管设定；服务器将其应用于所有人的客户。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>Back after {0} days without two-way contact or {1} without a deal; the other rules as they were</source>
        <translation>{0} 天无双向沟通或 {1} 天无商机后退回；其他规则不变</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Company</source>
        <extracomment>The server&apos;s reason for refusing a company made here (None: it is on the server). The queue&apos;s list of care reminders (crmdesk.app.care), beside its account lists. &quot;returns to the pool in N days&quot; (shown beside the follow-up: see QueuePane) the order each column&apos;s header asks the query for</extracomment>
        <translation>公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>1 天后</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>{0} 天后</translation>
    </message>
    <message>
        <source>Not on the server: it refused this new company. {0}</source>
        <translation>未到服务器：服务器拒收了这家新公司。{0}</translation>
    </message>
    <message>
        <source>{0}: the team&apos;s pool rules take it back unless it is worked (a two-way conversation, or a deal).</source>
        <translation>{0}：除非有人跟进（一次双向沟通或一个商机），否则团队公海规则会将其收回。</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>今天需跟进</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>Search company, person, phone, email, tag…</source>
        <extracomment>a message to the contacts of these accounts (ids, what they are in words) an empty workspace&apos;s first step chosen (crmdesk.ui.start_here: import, new lead, sync)</extracomment>
        <translation>搜索公司、人员、电话、邮箱、标签…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Whose accounts the whole team&apos;s lists show</source>
        <translation>整个团队的列表显示谁的客户</translation>
    </message>
    <message>
        <source>All reminders</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>周年纪念</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>到期及逾期</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <source>Give to a rep or the pool…</source>
        <translation>移交给销售或公海…</translation>
    </message>
    <message>
        <source>Team overdue</source>
        <translation>团队逾期</translation>
    </message>
    <message>
        <source>Everyone&apos;s overdue</source>
        <translation>所有人的逾期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>我的全部</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>Deal teams I am on</source>
        <translation>我所在的商机团队</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Care reminders</source>
        <translation>客户关怀提醒</translation>
    </message>
    <message>
        <source>{0} (lead)</source>
        <translation>{0}（主管）</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <source>Priority (overdue, due today, value)</source>
        <translation>优先级（逾期、今天到期、价值）</translation>
    </message>
    <message>
        <source>Sort by {0}</source>
        <translation>按{0}排序</translation>
    </message>
    <message>
        <source>the contacts of the {0:,} selected companies</source>
        <translation>所选 {0:,} 家公司的联系人</translation>
    </message>
    <message>
        <source>the contacts of {0}</source>
        <translation>{0} 的联系人</translation>
    </message>
    <message>
        <source>the contacts of {0}, the one company in “{1}”</source>
        <translation>{0} 的联系人（“{1}”中唯一的公司）</translation>
    </message>
    <message>
        <source>the contacts of the {0:,} companies in “{1}”</source>
        <translation>“{1}”中 {0:,} 家公司的联系人</translation>
    </message>
    <message>
        <source>Give {0:,} accounts to a rep or the pool…</source>
        <translation>把 {0:,} 个客户移交给销售或公海…</translation>
    </message>
    <message>
        <source>Send a message to their contacts…</source>
        <translation>给其联系人发消息…</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 条提醒</translation>
    </message>
    <message>
        <source>{0:,} reminders</source>
        <translation>{0:,} 条提醒</translation>
    </message>
    <message>
        <source>, {0} overdue</source>
        <translation>，{0} 个逾期</translation>
    </message>
    <message>
        <source>1 care reminder</source>
        <translation>1 条关怀提醒</translation>
    </message>
    <message>
        <source>{0:,} care reminders</source>
        <translation>{0:,} 条关怀提醒</translation>
    </message>
    <message>
        <source> ({0:,} overdue)</source>
        <translation>（{0:,} 条逾期）</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>{0:,} accounts</source>
        <translation>{0:,} 个客户</translation>
    </message>
    <message>
        <source>Keep typing: search starts at two letters.</source>
        <translation>继续输入：输入两个字后开始搜索。</translation>
    </message>
    <message>
        <source>No company, person, phone, email or tag matches “{0}”.</source>
        <translation>没有公司、人员、电话、邮箱或标签匹配“{0}”。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Give accounts to…</source>
        <extracomment>The chooser&apos;s value for the team&apos;s pool (a person&apos;s is their id&apos;s hex). (person, name) when giving away a person&apos;s whole book (read when it opens)</extracomment>
        <translation>把客户移交给…</translation>
    </message>
    <message>
        <source>Give {0}&apos;s book to…</source>
        <translation>把 {0} 名下客户移交给…</translation>
    </message>
    <message>
        <source>Reading {0}&apos;s book…</source>
        <translation>正在读取 {0} 名下的客户…</translation>
    </message>
    <message>
        <source>Give the selected account, with its contacts, activities, deals, contracts and payments, to:</source>
        <translation>将所选客户（含联系人、跟进记录、商机、合同和回款）移交给：</translation>
    </message>
    <message>
        <source>Give the {0:,} selected accounts, each with its contacts, activities, deals, contracts and payments, to:</source>
        <translation>将所选的 {0:,} 个客户（各含联系人、跟进记录、商机、合同和回款）移交给：</translation>
    </message>
    <message>
        <source>Give</source>
        <extracomment>what the accounts were chosen by, when not by themselves (deals: their accounts)</extracomment>
        <translation>移交</translation>
    </message>
    <message>
        <source>{0} owns no accounts now: there is no book to give.</source>
        <translation>{0} 名下已没有客户：没有可移交的。</translation>
    </message>
    <message>
        <source>Give all {0:,} accounts {1} owns, each with its contacts, activities, deals, contracts and payments, to:</source>
        <translation>将 {1} 负责的全部 {0:,} 个客户（各含联系人、跟进记录、商机、合同和回款）移交给：</translation>
    </message>
    <message>
        <source>These accounts belong to {0} teams: give one team&apos;s accounts at a time.</source>
        <translation>这些客户属于 {0} 个团队：请一次只移交一个团队的客户。</translation>
    </message>
    <message>
        <source>These accounts are gone or belong to no team.</source>
        <translation>这些客户已不存在或不属于任何团队。</translation>
    </message>
    <message>
        <source>{0} pool</source>
        <translation>{0} 公海</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Give 1 account to {0}</source>
        <translation>将 1 个客户移交给 {0}</translation>
    </message>
    <message>
        <source>Give {0:,} accounts to {1}</source>
        <translation>把 {0:,} 个客户移交给 {1}</translation>
    </message>
    <message>
        <source>Moving {0:,} accounts with their history…</source>
        <translation>正在移交 {0:,} 个客户及其历史…</translation>
    </message>
    <message>
        <source>the team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>Gave {0:,} accounts ({1:,} records with their history) to {2}.</source>
        <translation>已将 {0:,} 个客户（含其历史共 {1:,} 条记录）移交给 {2}。</translation>
    </message>
    <message>
        <source>Gave 1 account ({0:,} records with its history) to {1}.</source>
        <translation>已将 1 个客户（含其历史共 {0:,} 条记录）移交给 {1}。</translation>
    </message>
    <message>
        <source>{0:,} of them were there already.</source>
        <translation>其中 {0:,} 条已存在。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing was moved. {0}</source>
        <translation>未移交任何内容。{0}</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Phone region</source>
        <translation>电话地区</translation>
    </message>
    <message>
        <source>Phone numbers typed or imported without a country code are read as numbers of this region. Numbers already saved keep their country.</source>
        <translation>未带国家代码输入或导入的电话号码，按此地区的号码识别。已保存的号码保留其国家。</translation>
    </message>
    <message>
        <source>Choose a region from the list.</source>
        <translation>请从列表中选择地区。</translation>
    </message>
</context>
<context>
    <name>RelationForm</name>
    <message>
        <source>Link a company: type its name…</source>
        <translation>关联公司：输入其名称…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>(no company matches)</source>
        <translation>(没有匹配的公司)</translation>
    </message>
    <message>
        <source>Type part of a company&apos;s name and pick it first.</source>
        <translation>请输入公司名称的一部分，先选中它。</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队公海</translation>
    </message>
    <message>
        <source>Overdue: the day has passed</source>
        <translation>逾期：日子已过</translation>
    </message>
    <message>
        <source>Due: the day is near</source>
        <translation>到期：日子临近</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>{0}
{1} {2} · Space: done · Delete: dismiss</source>
        <translation>{0}
{1} {2} · 空格：完成 · Delete：忽略</translation>
    </message>
</context>
<context>
    <name>ReminderTable</name>
    <message>
        <source>Mark done</source>
        <extracomment>the last marks, newest last: Ctrl+Z takes one back</extracomment>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>撤销上一次标记</translation>
    </message>
    <message>
        <source>Suggested message…</source>
        <translation>建议消息…</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Nothing to draw.</source>
        <extracomment>Series colours (colour-blind friendly, readable on white and on dark grey). the table&apos;s first column (values, cell, key), named before each row&apos;s own name when those repeat (a plan per rep and month: &quot;Oct 2026 · David Kim&quot;) the plot items drawn, by role (`_keep`), and those of the last drawing not yet drawn again in this one</extracomment>
        <translation>没有可绘制的内容。</translation>
    </message>
    <message>
        <source>Cumulative share (right)</source>
        <translation>累计占比（右轴）</translation>
    </message>
    <message>
        <source>cumulative {0:.1f}%</source>
        <translation>累计 {0:.1f}%</translation>
    </message>
    <message>
        <source>{0} behind it: click to list</source>
        <translation>其背后有 {0} 条：单击列出</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Whose figures: one team or all of them</source>
        <extracomment>a team lead or an admin hands a leaving person&apos;s book on from here (panel, generation) of the figures computed for the bar&apos;s defaults while its choices are read (`_load_choices`), until they are answered figures already computed, by panel and the bar&apos;s scope (`asked_key`), so going back and forth among tabs, people and teams shows them at once; dropped when the workspace changes (its answers from `_valid_from`&apos;s generation on only) a panel computed ahead, in the background, before its tab is shown: (panel, generation, scope asked)</extracomment>
        <translation>谁的数据：一个团队或全部团队</translation>
    </message>
    <message>
        <source>Narrow every panel to one person</source>
        <translation>将所有面板限定为一个人</translation>
    </message>
    <message>
        <source>The pipeline&apos;s changes are counted from this day</source>
        <translation>商机管道的变化从这一天开始统计</translation>
    </message>
    <message>
        <source>Money figures in this currency (never added up across currencies)</source>
        <translation>金额按此币种统计（不同币种从不相加）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>变化起始日</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>无法计算数据：{0}</translation>
    </message>
    <message>
        <source>Open deals of {0}</source>
        <translation>{0} 的未成交商机</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>未成交商机</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Team review — {0}</source>
        <translation>团队复盘 — {0}</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>(someone gone)</source>
        <translation>(已离开的人)</translation>
    </message>
    <message>
        <source>every active rep of the team, in turn</source>
        <translation>团队所有在职销售，轮流分配</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>owner {0}</source>
        <translation>负责人 {0}</translation>
    </message>
    <message>
        <source>in the team pool</source>
        <translation>在团队公海</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>收件人：{0}</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>Write or change the team&apos;s templates</source>
        <translation>编写或修改团队模板</translation>
    </message>
    <message>
        <source>Mark “{0}” done once it is queued</source>
        <translation>消息进入发件箱后，将“{0}”标记为完成</translation>
    </message>
    <message>
        <source>The outbox sends it (and again, when the server is away); Ctrl+Z in the reminders takes the mark back</source>
        <translation>由发件箱发送（服务器不可用时会重发）；在提醒列表中按 Ctrl+Z 可撤销标记</translation>
    </message>
    <message>
        <source>Looking up whom it goes to…</source>
        <translation>正在查找分配对象…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Open outbox</source>
        <translation>打开发件箱</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Your team has no templates yet: write one first (Templates…).</source>
        <translation>您的团队还没有模板：请先写一个（模板…）。</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>正在准备消息…</translation>
    </message>
    <message>
        <source>Send {0} message(s)</source>
        <translation>发送 {0} 条消息</translation>
    </message>
    <message>
        <source>Send 1 message</source>
        <translation>发送 1 条消息</translation>
    </message>
    <message>
        <source>{0} to send</source>
        <translation>待发送 {0}</translation>
    </message>
    <message>
        <source>{0} opted out (skipped)</source>
        <translation>{0} 人已退订（跳过）</translation>
    </message>
    <message>
        <source>{0} without an email address (skipped)</source>
        <translation>{0} 人没有邮箱（跳过）</translation>
    </message>
    <message>
        <source>{0} without a mobile number (skipped)</source>
        <translation>{0} 人没有手机号（跳过）</translation>
    </message>
    <message>
        <source>Nobody to write to: these companies have no contacts.</source>
        <translation>没有可发送的对象：这些公司没有联系人。</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} / {1}：{2}</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>主题：{0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}.</source>
        <translation>未发送给 {0}：{1}。</translation>
    </message>
    <message>
        <source>No value here for: {0} (left empty, or the text after “|”).</source>
        <translation>以下字段在此处无值：{0}（留空，或使用“|”后的文字）。</translation>
    </message>
    <message>
        <source>Sending: %v of %m</source>
        <translation>正在发送：%v / %m</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sent {0}, failed {1}, waiting {2}.</source>
        <translation>已发送 {0}，失败 {1}，待发 {2}。</translation>
    </message>
    <message>
        <source>The outbox says why each failed, and sends one again when you ask.</source>
        <translation>发件箱会说明每条失败的原因，并可按您的要求重新发送。</translation>
    </message>
    <message>
        <source>They wait in the outbox and go by themselves once the server answers.</source>
        <translation>它们在发件箱中等待，服务器响应后会自动发送。</translation>
    </message>
</context>
<context>
    <name>ServiceQueuePane</name>
    <message>
        <source>Enter opens the customer · Space marks done · Ctrl+Z undoes</source>
        <translation>回车打开客户 · 空格标记完成 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Mark done</source>
        <extracomment>the last marks, newest last, each (task, done): Ctrl+Z takes one back</extracomment>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>撤销上一次标记</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 项任务</translation>
    </message>
    <message>
        <source>{0} tasks</source>
        <translation>{0} 项任务</translation>
    </message>
</context>
<context>
    <name>ServiceTaskModel</name>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done {0}</source>
        <translation>已完成 {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Where email and SMS go out, for everyone using this workspace. Passwords and keys are kept in this computer&apos;s keyring, never in the workspace or these settings.</source>
        <translation>邮件和短信从哪里发出，对使用此工作区的所有人都适用。密码和密钥保存在本机的钥匙串中，从不存入工作区或这些设置。</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a time of day. Type hours and minutes as HH:MM, from 00:00 to 23:59.</source>
        <translation>{0}：“{1}”不是一天中的时间。请按 HH:MM 输入小时和分钟，从 00:00 到 23:59。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to server</source>
        <translation>登录服务器</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>the server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>您的用户名</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Enter {0}.</source>
        <translation>请输入{0}。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Replace and sign in</source>
        <translation>替换并登录</translation>
    </message>
    <message>
        <source>Click “Replace and sign in” to go ahead.</source>
        <translation>单击“替换并登录”继续。</translation>
    </message>
</context>
<context>
    <name>StartHere</name>
    <message>
        <source>Your workspace has no accounts yet</source>
        <extracomment>What the user may choose to start with (crmdesk.ui.main_window.MainWindow.start).</extracomment>
        <translation>您的工作区还没有客户</translation>
    </message>
    <message>
        <source>Import leads from a file…  ({0})</source>
        <translation>从文件导入线索…  ({0})</translation>
    </message>
    <message>
        <source>Add a lead…  ({0})</source>
        <translation>新建线索…  ({0})</translation>
    </message>
    <message>
        <source>Sync with your team&apos;s server…  ({0})</source>
        <translation>与团队服务器同步…  ({0})</translation>
    </message>
    <message>
        <source>Start with your leads: import a batch from a CSV or Excel file, or add one by hand. If your team has a server, sync to receive the accounts you work on.</source>
        <translation>从线索开始：从 CSV 或 Excel 文件批量导入，或手动逐条新建。如果团队有服务器，同步即可收到您负责的客户。</translation>
    </message>
    <message>
        <source>Sync with your team&apos;s server to receive the customers you serve.</source>
        <translation>与团队服务器同步，以收到您服务的客户。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Local only — no server connected</source>
        <translation>仅本机 — 未连接服务器</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Values of yours that a later edit replaced</source>
        <translation>被之后的编辑替换掉的您的值</translation>
    </message>
    <message>
        <source>New records of yours the server refused: they stay here, marked, until you fix or discard them</source>
        <translation>服务器拒收的您的新记录：它们留在本机并带有标记，直到您修正或丢弃</translation>
    </message>
    <message>
        <source>Messages waiting in the outbox: they go once the mail server or SMS gateway answers. Click to see them.</source>
        <translation>发件箱中有待发消息：邮件服务器或短信网关响应后即发送。单击查看。</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation>1 项更改待同步</translation>
    </message>
    <message>
        <source>{0} changes waiting to sync</source>
        <translation>{0} 项更改待同步</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 个冲突</translation>
    </message>
    <message>
        <source>⚠ {0} conflicts</source>
        <translation>⚠ {0} 个冲突</translation>
    </message>
    <message>
        <source>⚠ 1 company with a refused record</source>
        <translation>⚠ 1 家公司有被拒收的记录</translation>
    </message>
    <message>
        <source>⚠ {0} companies with refused records</source>
        <translation>⚠ {0} 家公司有被拒收的记录</translation>
    </message>
    <message>
        <source>✉ 1 message waiting</source>
        <translation>✉ 1 条消息待发</translation>
    </message>
    <message>
        <source>✉ {0} messages waiting</source>
        <translation>✉ {0} 条消息待发</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Syncing with {0}…</source>
        <translation>正在与 {0} 同步…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing with {0} as {1}</source>
        <translation>正以 {1} 身份与 {0} 同步</translation>
    </message>
    <message>
        <source>Offline — changes are kept</source>
        <translation>离线 — 更改已保留</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Receiving {0:,} of {1:,}</source>
        <translation>正在接收 {0:,}/{1:,}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>上次同步：{0}</translation>
    </message>
</context>
<context>
    <name>SuggestionsSection</name>
    <message>
        <source>Loyalty &amp; what to sell next</source>
        <extracomment>each suggestion&apos;s Create deal button, in the list&apos;s order</extracomment>
        <translation>忠诚度与下一步销售建议</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: suggestions come from what this company and similar customers bought.</source>
        <translation>暂无建议：建议来自这家公司及同类客户的购买记录。</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>创建商机</translation>
    </message>
    <message>
        <source>On a deal</source>
        <translation>已在商机中</translation>
    </message>
    <message>
        <source>An open deal of this company has it already.</source>
        <translation>这家公司的一个未成交商机中已有该产品。</translation>
    </message>
    <message>
        <source>A new deal “{0}” with this product&apos;s line</source>
        <translation>新建商机“{0}”，带上该产品明细</translation>
    </message>
    <message>
        <source>Deal “{0}” made: it is in Deals above.</source>
        <translation>已创建商机“{0}”：见上方“商机”。</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The server at {0} could not be reached. Check the address and your connection.</source>
        <extracomment>A local change is sent this soon (ms), so a burst of edits travels together. makes the transport requests travel by (None: plain HTTP(S)); tests put a slow link here</extracomment>
        <translation>无法连接到 {0} 的服务器。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>“{0}” is not a server address (try https://crm.example.com).</source>
        <translation>“{0}”不是服务器地址（试试 https://crm.example.com）。</translation>
    </message>
    <message>
        <source>Signing in failed: {0}</source>
        <translation>登录失败：{0}</translation>
    </message>
    <message>
        <source>Sync stopped: {0}</source>
        <translation>同步已停止：{0}</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <source>PNG…</source>
        <extracomment>Scope bar choices meaning &quot;no narrowing&quot;. The scope as the bar asks for it, as a key of the figures computed for it. How many panels&apos; figures a review keeps (a Pareto over 100k accounts is a few MB). How long the review waits, idle, before it computes the next tab&apos;s figures ahead. the column widths of the last tables shown (`content_widths`) a message to the contacts of these accounts (ids, what they are in words) writes the CSV and Excel files off the UI thread (a large table takes seconds)</extracomment>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the table as CSV (opens in Excel)</source>
        <translation>将表格保存为 CSV（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook (XLSX)</source>
        <translation>将表格保存为 Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>Open their queue</source>
        <translation>打开其队列</translation>
    </message>
    <message>
        <source>Show this person&apos;s accounts in the queue of the main window</source>
        <translation>在主窗口的队列中显示此人的客户</translation>
    </message>
    <message>
        <source>Their open deals</source>
        <translation>其未成交商机</translation>
    </message>
    <message>
        <source>List this person&apos;s open deals</source>
        <translation>列出此人的未成交商机</translation>
    </message>
    <message>
        <source>Give their book to…</source>
        <translation>把其名下客户移交给…</translation>
    </message>
    <message>
        <source>Give every account this person owns, with its history, to a colleague or the team&apos;s pool (when they leave or move)</source>
        <translation>将此人负责的所有客户连同历史移交给同事或团队公海（离职或调岗时）</translation>
    </message>
    <message>
        <source>Message their contacts…</source>
        <translation>给其联系人发消息…</translation>
    </message>
    <message>
        <source>Send a template to the contacts of the selected rows&apos; accounts (of every row, when none is selected)</source>
        <translation>给所选行所属客户的联系人发送模板消息（未选择时发给每一行）</translation>
    </message>
    <message>
        <source>Double-click a row to list what it counts</source>
        <translation>双击一行，列出其统计的记录</translation>
    </message>
    <message>
        <source>Open {0}&apos;s queue</source>
        <translation>打开 {0} 的队列</translation>
    </message>
    <message>
        <source>{0}&apos;s open deals</source>
        <translation>{0} 的未成交商机</translation>
    </message>
    <message>
        <source>Give {0}&apos;s book to…</source>
        <translation>把 {0} 名下客户移交给…</translation>
    </message>
    <message>
        <source>the contacts of the {0:,} companies of “{1}”</source>
        <translation>“{1}”的 {0:,} 家公司的联系人</translation>
    </message>
    <message>
        <source>the contacts of {0}</source>
        <translation>{0} 的联系人</translation>
    </message>
    <message>
        <source>the contacts of {0:,} companies of “{1}”</source>
        <translation>“{1}”的 {0:,} 家公司的联系人</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not write {0}. {1}</source>
        <translation>无法写入 {0}。{1}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
</context>
<context>
    <name>TeamChooser</name>
    <message>
        <source>Choose a team…</source>
        <translation>选择团队…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>e.g. Renewal reminder</source>
        <translation>例如：续约提醒</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>e.g. {{company.name}}: your contract</source>
        <translation>例如：{{company.name}}：您的合同</translation>
    </message>
    <message>
        <source>Dear {{contact.name}}, …</source>
        <translation>尊敬的 {{contact.name}}，…</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>插入字段</translation>
    </message>
    <message>
        <source>Put a merge field where the cursor is, in the subject or the text</source>
        <translation>在光标处插入合并字段（主题或正文中）</translation>
    </message>
    <message>
        <source>Write {{contact.title|Sir or Madam}} to say what goes where the record has no value.</source>
        <translation>写 {{contact.title|先生/女士}} 表示记录中无值时显示的内容。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>The contact whose record the preview is rendered with</source>
        <translation>用于渲染预览的联系人</translation>
    </message>
    <message>
        <source>Find a contact or company…</source>
        <translation>查找联系人或公司…</translation>
    </message>
    <message>
        <source>Preview with</source>
        <translation>预览对象</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>请先保存或还原您的更改。</translation>
    </message>
    <message>
        <source>An SMS has no subject</source>
        <translation>短信没有主题</translation>
    </message>
    <message>
        <source>Saved “{0}”; your team has it at the next sync.</source>
        <translation>已保存“{0}”；您的团队下次同步时即可收到。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Removed “{0}”.</source>
        <translation>已删除“{0}”。</translation>
    </message>
    <message>
        <source>Remove the template “{0}” for the whole team? Messages already sent stay on the timelines.</source>
        <translation>要为整个团队删除模板“{0}”吗？已发送的消息仍保留在时间线上。</translation>
    </message>
    <message>
        <source>Choose a contact to see the message as they would get it.</source>
        <translation>选择一位联系人，查看他将收到的消息。</translation>
    </message>
    <message>
        <source>No value here for: {0} (left empty, or the text after “|”).</source>
        <translation>以下字段在此处无值：{0}（留空，或使用“|”后的文字）。</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>无法预览：{0}</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Contract {0} signed</source>
        <translation>合同 {0} 已签订</translation>
    </message>
    <message>
        <source>Payment {0}</source>
        <translation>回款 {0}</translation>
    </message>
    <message>
        <source>instalment {0} of {1}</source>
        <translation>第 {0} 期，共 {1} 期</translation>
    </message>
    <message>
        <source>with {0}</source>
        <extracomment>the deal a colleague on its team logs on unless they pick another (the company is not theirs to change), or None</extracomment>
        <translation>参与人：{0}</translation>
    </message>
    <message>
        <source>deal: {0}</source>
        <translation>商机：{0}</translation>
    </message>
    <message>
        <source>⚠ Not on the server: {0}</source>
        <translation>⚠ 未到服务器：{0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>→ follow up {0}</source>
        <translation>→ {0} 跟进</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新合同</translation>
    </message>
    <message>
        <source>Payment on contract {0}</source>
        <translation>合同 {0} 的回款</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Save  (Ctrl+Enter)</source>
        <translation>保存  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show every activity, or one deal&apos;s</source>
        <translation>显示全部跟进记录，或某个商机的</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>No activities yet. Log the first call or visit above.</source>
        <translation>还没有跟进记录。在上方记录第一次电话或拜访。</translation>
    </message>
    <message>
        <source>Open an account to log a call or a visit and to see its history here.</source>
        <translation>打开一个客户，即可记录电话或拜访，并在这里查看其历史。</translation>
    </message>
    <message>
        <source>refused with its company</source>
        <translation>随其公司一并被拒收</translation>
    </message>
    <message>
        <source>No activities on this deal yet.</source>
        <translation>该商机还没有跟进记录。</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>全部跟进记录</translation>
    </message>
    <message>
        <source>{0} (closed)</source>
        <translation>{0}（已关闭）</translation>
    </message>
    <message>
        <source>Deal: {0}</source>
        <translation>商机：{0}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>草稿已保留</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑跟进记录</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除跟进记录</translation>
    </message>
    <message>
        <source>Delete this {0} from {1}?</source>
        <translation>要从 {1} 删除这条{0}吗？</translation>
    </message>
    <message>
        <source>Discard activity</source>
        <translation>丢弃跟进记录</translation>
    </message>
    <message>
        <source>Discard this {0} from {1}? The server never had it, so it will be gone for good.</source>
        <translation>要从 {1} 丢弃这条{0}吗？服务器从未收到它，丢弃后将永久消失。</translation>
    </message>
</context>
<context>
    <name>WebLeadNotice</name>
    <message>
        <source>New lead from the website: {0}</source>
        <extracomment>How long the status bar keeps the news. the last thing said (tests and the bench read it)</extracomment>
        <translation>来自官网的新线索：{0}</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the website</source>
        <translation>
            <numerusform>来自官网的 %n 条新线索</numerusform>
        </translation>
    </message>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>_StageForm</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>never stuck</source>
        <translation>从不停滞</translation>
    </message>
    <message>
        <source>What a salesperson does in this stage</source>
        <translation>销售在此阶段要做的事</translation>
    </message>
    <message>
        <source>Probability of a deal in it</source>
        <translation>处于该阶段的商机赢率</translation>
    </message>
    <message>
        <source>Stuck after</source>
        <translation>停滞阈值</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>To leave it</source>
        <translation>离开条件</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Preparing demo data…</source>
        <translation>正在准备演示数据…</translation>
    </message>
    <message>
        <source>crmdesk cannot open the workspace</source>
        <translation>crmdesk 无法打开工作区</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
</TS>
