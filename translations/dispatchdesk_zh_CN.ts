<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminRecordDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
</context>
<context>
    <name>AdminTableModel</name>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot; is not an amount in yuan (for example 30 or 12.50).</source>
        <translation>未保存：“%1”不是以元为单位的金额（例如 30 或 12.50）。</translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot; is not a whole number.</source>
        <translation>未保存：“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>AdminWorkspace</name>
    <message>
        <source>&amp;Add %1…</source>
        <translation>添加%1(&amp;A)…</translation>
    </message>
    <message>
        <source>A new record, saved as a command</source>
        <translation>新建一条记录，作为命令保存</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Every field of the selected record (or double-click it)</source>
        <translation>编辑所选记录的全部字段（也可双击该记录）</translation>
    </message>
    <message>
        <source>The 收费标准卡 technicians show customers: every fee and part price</source>
        <translation>技师向用户出示的收费标准卡：列出全部收费项和配件价格</translation>
    </message>
    <message>
        <source>Back to &amp;default</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Set the selected rule back to its default value</source>
        <translation>将所选规则恢复为默认值</translation>
    </message>
    <message>
        <source>Who works at this desk and in which role. Clerks log calls, dispatchers run tickets, supervisors also record callbacks, close complaints and approve charges off the schedule, administrators set up the centre. Nobody is deleted: a user who left is made inactive.</source>
        <translation>在本工作台工作的人员及其角色。信息员登记来电，调度员处理工单，主管还负责记录回访、关闭投诉并批准收费标准以外的收费，管理员负责设置服务中心。操作员不会被删除：离职的操作员设为停用。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>操作员与角色</translation>
    </message>
    <message>
        <source>The technicians the board suggests and dispatches: the categories they repair, the zones they cover, their shift and outlet. Double-click skills, zones or shift to edit them in the form.</source>
        <translation>看板推荐和派工所用的技师：其维修的品类、负责的片区、班次和所属网点。双击技能、片区或班次可在表单中编辑。</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Zones and the travel minutes between them, used to check that a technician can reach the next appointment and when to leave. Double-click a cell to change it; a time entered one way also counts the other way until that way has its own.</source>
        <translation>各片区及其相互之间的路程分钟数，用于检查技师能否赶上下一个预约以及何时出发。双击单元格可修改；单向录入的时间在反方向单独录入之前也适用于反方向。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Zones and travel times</source>
        <translation>片区与路程时间</translation>
    </message>
    <message>
        <source>Product categories and their warranty (R5): months for the whole unit, longer months for the main parts. The desk decides in or out of warranty from these.</source>
        <translation>产品品类及其保修期（R5）：整机保修月数，以及更长的主要部件保修月数。系统据此判断保内或保外。</translation>
    </message>
    <message>
        <source>category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Categories and warranty</source>
        <translation>品类与保修</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>收费项</translation>
    </message>
    <message>
        <source>The published fee schedule (收费标准, R6). Only these charges may be made without a supervisor&apos;s approval; in warranty the customer pays nothing. Double-click an amount to change it.</source>
        <translation>公布的收费标准（R6）。只有这些收费无需主管批准；保内用户不付任何费用。双击金额可修改。</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Spare parts at the catalogue price charged out of warranty.</source>
        <translation>保外按目录价收费的备件。</translation>
    </message>
    <message>
        <source>Parts catalogue</source>
        <translation>配件目录</translation>
    </message>
    <message>
        <source>Rule settings</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <source>Every change here is saved as a command: kept in the audit trail with who and when, and sent to the other desks.</source>
        <translation>此处的每项更改都作为命令保存：连同操作人和时间记入审计记录，并同步到其他工作台。</translation>
    </message>
    <message>
        <source>Working as %1 (%2). Every change here is saved as a command: kept in the audit trail with who and when, and sent to the other desks.</source>
        <translation>当前操作员：%1（%2）。此处的每项更改都作为命令保存：连同操作人和时间记入审计记录，并同步到其他工作台。</translation>
    </message>
    <message>
        <source>You can look at the set-up, but changes will be refused: %1</source>
        <translation>您可以查看设置，但更改将被拒绝：%1</translation>
    </message>
    <message>
        <source>Choose a row to edit first.</source>
        <translation>请先选择要编辑的行。</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>新建片区</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>片区 %1</translation>
    </message>
    <message>
        <source>A zone (片区) of the centre and the minutes a technician needs to drive from it to each other zone.</source>
        <translation>服务中心的一个片区，以及技师从该片区驾车到其他各片区所需的分钟数。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Minutes to %1</source>
        <translation>到%1的分钟数</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建操作员</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>操作员 %1</translation>
    </message>
    <message>
        <source>The role decides what the user may do at the desk; the core enforces it on every command.</source>
        <translation>角色决定操作员在工作台上可以做什么；系统对每条命令都会据此检查。</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>操作员编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Active (may work at the desk)</source>
        <translation>启用（可在工作台操作）</translation>
    </message>
    <message>
        <source>New technician</source>
        <translation>新建技师</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>技师 %1</translation>
    </message>
    <message>
        <source>The board suggests a technician for a ticket by skill for the category, zone, free time and load.</source>
        <translation>看板根据技师对该品类的技能、所在片区、空闲时间和工作量为工单推荐技师。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Skills (categories repaired)</source>
        <translation>技能（可维修品类）</translation>
    </message>
    <message>
        <source>Zones covered</source>
        <translation>负责片区</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>班次开始</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>班次结束</translation>
    </message>
    <message>
        <source>Active (may be dispatched)</source>
        <translation>启用（可接受派工）</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建品类</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>品类 %1</translation>
    </message>
    <message>
        <source>Warranty terms (R5): the whole unit is covered for the first months, the main parts for their own, longer months.</source>
        <translation>保修条款（R5）：整机在购买后最初若干个月内保修，主要部件按各自更长的月数保修。</translation>
    </message>
    <message>
        <source>Whole unit warranty</source>
        <translation>整机保修期</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Main parts warranty</source>
        <translation>主要部件保修期</translation>
    </message>
    <message>
        <source>Main parts</source>
        <translation>主要部件</translation>
    </message>
    <message>
        <source>New fee</source>
        <translation>新建收费项</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>收费项 %1</translation>
    </message>
    <message>
        <source>A line of the published fee schedule; it appears on the fee schedule card and in the service receipt.</source>
        <translation>公布的收费标准中的一项；会显示在收费标准卡和维修服务回执单上。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新建配件</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>配件 %1</translation>
    </message>
    <message>
        <source>A spare part and the price the customer pays for it out of warranty.</source>
        <translation>一种备件，及保外时用户为其支付的价格。</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Catalogue price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Choose a rule first.</source>
        <translation>请先选择一条规则。</translation>
    </message>
    <message>
        <source>Fee schedule card saved as %1</source>
        <translation>收费标准卡已保存为 %1</translation>
    </message>
    <message>
        <source>Maintenance every</source>
        <translation>保养周期</translation>
    </message>
    <message>
        <source>The numbers the rules use. Double-click a value to change it; the next command uses it. Values changed from the default are bold.</source>
        <translation>业务规则使用的参数。双击数值可修改，从下一条命令起生效。已改动过默认值的数值以粗体显示。</translation>
    </message>
    <message>
        <source>Print fee schedule &amp;card…</source>
        <translation>打印收费标准卡(&amp;C)…</translation>
    </message>
    <message>
        <source>Print the fee schedule card</source>
        <translation>打印收费标准卡</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>%1  %2  (since %3)</source>
        <translation>%1  %2  （自 %3 起）</translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费金额</translation>
    </message>
    <message>
        <source>Phone guidance · 2 h</source>
        <translation>电话指导 · 2 小时</translation>
    </message>
    <message>
        <source>After the visit · 24 h</source>
        <translation>上门服务后 · 24 小时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Show later callbacks too</source>
        <translation>同时显示以后到期的回访</translation>
    </message>
    <message>
        <source>Export the callback queue</source>
        <translation>导出回访队列</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ choose · Y/N answer · 1/2/3 satisfaction · Backspace back · Enter record · U not reached. Overdue callbacks are red; phone-guided ones (due 2 h after guidance) are blue.</source>
        <translation>按键：↑/↓ 选择 · Y/N 回答 · 1/2/3 满意度 · Backspace 返回上一题 · Enter 记录 · U 未接通。超时的回访显示为红色；电话指导后的回访（指导后 2 小时到期）显示为蓝色。</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) to make</source>
        <translation>
            <numerusform>%n 个待回访</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n after phone guidance</source>
        <translation>
            <numerusform>%n 个为电话指导后回访</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No callback selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未选择回访。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Callback after phone guidance (due 2 h after)</source>
        <translation>电话指导后回访（指导后 2 小时到期）</translation>
    </message>
    <message>
        <source>Callback after the visit (due 24 h after)</source>
        <translation>上门服务后回访（完工后 24 小时到期）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应回访时间：%1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Satisfaction on the receipt</source>
        <translation>回执单上的满意度</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费金额</translation>
    </message>
    <message>
        <source>%1 (paid %2)</source>
        <translation>%1（已付 %2）</translation>
    </message>
    <message>
        <source>On the service receipt</source>
        <translation>维修服务回执单明细</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2：%3</translation>
    </message>
    <message>
        <source>covered: %1</source>
        <translation>由 %1 承担</translation>
    </message>
    <message>
        <source>Earlier tries: %1</source>
        <translation>此前拨打次数：%1</translation>
    </message>
    <message>
        <source>Answer every question of the script first (Y/N, then 1/2/3 for satisfaction), or press U if the customer was not reached.</source>
        <translation>请先回答回访话术中的每个问题（Y/N，满意度按 1/2/3），如未联系上用户请按 U。</translation>
    </message>
    <message>
        <source>Choose a callback in the queue first.</source>
        <translation>请先在队列中选择一个回访。</translation>
    </message>
    <message>
        <source>Not reached: next try at %1.</source>
        <translation>未接通：下次拨打时间为 %1。</translation>
    </message>
    <message>
        <source>The ticket is reopened and back on the dispatch board.</source>
        <translation>工单已重开，已回到派工看板。</translation>
    </message>
    <message>
        <source>A complaint was opened (see Complaints, F5).</source>
        <translation>已登记投诉（见“投诉”，F5）。</translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation>工单已关闭。</translation>
    </message>
    <message>
        <source>Unreachable after the last try: the ticket is closed.</source>
        <translation>最后一次拨打仍联系不上：工单已关闭。</translation>
    </message>
    <message>
        <source>%1 recorded. </source>
        <translation>已记录 %1 的回访。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the callback queue as shown, as an Excel workbook or CSV</source>
        <translation>按当前显示保存回访队列,存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>callbacks.xlsx</source>
        <translation>回访队列.xlsx</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>回访队列</translation>
    </message>
</context>
<context>
    <name>CallbackScriptForm</name>
    <message>
        <source>&amp;1 满意 satisfied</source>
        <translation>满意(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 基本满意 fairly</source>
        <translation>基本满意(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 不满意 unsatisfied</source>
        <translation>不满意(&amp;3)</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>是 (Y)</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>否 (N)</translation>
    </message>
    <message>
        <source>Comment (what the customer said)</source>
        <translation>备注（用户原话）</translation>
    </message>
    <message>
        <source>Record callback (Enter)</source>
        <translation>记录回访 (Enter)</translation>
    </message>
    <message>
        <source>Not reached (U)</source>
        <translation>未接通 (U)</translation>
    </message>
    <message>
        <source>Save the customer&apos;s answers and comment for the selected callback (Enter)</source>
        <translation>保存所选回访中客户的回答和意见 (Enter)</translation>
    </message>
    <message>
        <source>The customer could not be reached; the attempt is recorded (U)</source>
        <translation>未能联系到客户，记录此次回访尝试 (U)</translation>
    </message>
    <message>
        <source>Is the problem solved? (问题解决了吗?)</source>
        <translation>问题解决了吗？</translation>
    </message>
    <message>
        <source>Was the technician on time? (师傅准时到达吗?)</source>
        <translation>师傅准时到达了吗？</translation>
    </message>
    <message>
        <source>Did the technician keep the four prohibitions — no water, cigarettes, meals or gifts? (四不准)</source>
        <translation>师傅是否遵守“四不准”（不喝用户的水、不抽用户的烟、不吃用户的饭、不收用户的礼品）？</translation>
    </message>
    <message>
        <source>Were you charged what the service receipt says? (收费与回执单一致吗?)</source>
        <translation>实际收费与维修服务回执单一致吗？</translation>
    </message>
    <message>
        <source>How satisfied are you? (满意度)</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>CallerHistoryPanel</name>
    <message>
        <source>Type a phone number, name, pinyin or address in the caller field: known callers and their history appear here.</source>
        <translation>在来电人栏输入电话号码、姓名、拼音或地址：已有来电人及其历史记录将显示在这里。</translation>
    </message>
    <message>
        <source>Service contract: %1</source>
        <translation>服务协议：%1</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>电器</translation>
    </message>
    <message>
        <source>(purchase date unknown)</source>
        <translation>（购买日期未知）</translation>
    </message>
    <message>
        <source>(bought %1)</source>
        <translation>（%1 购买）</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应回访时间：%1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service contract ended: %1</source>
        <translation>服务协议已到期:%1</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Whole unit warranty</source>
        <translation>整机保修期</translation>
    </message>
    <message>
        <source>Main parts warranty</source>
        <translation>主要部件保修期</translation>
    </message>
    <message>
        <source>Main parts</source>
        <translation>主要部件</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>每 %1 个月</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
</context>
<context>
    <name>ChargeCalculator</name>
    <message>
        <source>Part &quot;%1&quot; is not in the parts catalogue.</source>
        <translation>配件“%1”不在配件目录中。</translation>
    </message>
    <message>
        <source>Each fee line is a fee code or an object with a code.</source>
        <translation>每条收费项必须是收费代码，或带有 code 的对象。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor; only a supervisor can approve a charge off the fee schedule.</source>
        <translation>%1 不是主管；只有主管才能批准收费标准以外的收费。</translation>
    </message>
    <message>
        <source>Each part needs its part number and a quantity.</source>
        <translation>每个配件都需要配件编号和数量。</translation>
    </message>
    <message>
        <source>Fee &quot;%1&quot; is not on the published fee schedule (收费标准). A charge off the schedule needs a name, an amount, a supervisor&apos;s approval and a reason.</source>
        <translation>收费项“%1”不在公布的收费标准中。收费标准以外的收费需要名称、金额、主管批准和理由。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the published fee schedule: it needs a supervisor&apos;s approval and a reason.</source>
        <translation>“%1”不在公布的收费标准中：需要主管批准并说明理由。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The command name is missing.</source>
        <translation>缺少命令名称。</translation>
    </message>
    <message>
        <source>The time is missing or not a full date and time with a UTC offset (for example 2026-11-20T10:00:00+08:00).</source>
        <translation>缺少时间，或时间不是带 UTC 偏移的完整日期时间（例如 2026-11-20T10:00:00+08:00）。</translation>
    </message>
    <message>
        <source>The user who gave the command is missing.</source>
        <translation>缺少发出该命令的操作员。</translation>
    </message>
</context>
<context>
    <name>CommandArgs</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <source>%1 is required and cannot be blank.</source>
        <translation>%1 为必填项，不能为空。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be a date and time with a UTC offset, for example 2026-11-20T14:00:00+08:00.</source>
        <translation>%1 必须是带 UTC 偏移的日期时间，例如 2026-11-20T14:00:00+08:00。</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD, for example 2025-06-18.</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期，例如 2025-06-18。</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 必须是列表。</translation>
    </message>
    <message>
        <source>%1 needs at least one entry.</source>
        <translation>%1 至少需要一项。</translation>
    </message>
    <message>
        <source>%1[%2] must be non-empty text.</source>
        <translation>%1[%2] 必须是非空文本。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be one of: %3.</source>
        <translation>%1 为“%2”；必须是以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 太长(%2 个字符,最多 %3 个)。</translation>
    </message>
    <message>
        <source>satisfaction must be 满意, 基本满意 or 不满意.</source>
        <translation>satisfaction 必须是“满意”“基本满意”或“不满意”。</translation>
    </message>
    <message>
        <source>%1: there is no such day as %2.</source>
        <translation>%1：没有 %2 这一天。</translation>
    </message>
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>Complaint registered: %1</source>
        <translation>已登记投诉：%1</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <source>Ticket %1 has no callback waiting.</source>
        <translation>工单 %1 没有待处理的回访。</translation>
    </message>
    <message>
        <source>There is no callback %1.</source>
        <translation>回访 %1 不存在。</translation>
    </message>
    <message>
        <source>This callback is already finished (%1).</source>
        <translation>该回访已完成（%1）。</translation>
    </message>
    <message>
        <source>charged differently from the service receipt</source>
        <translation>实际收费与维修服务回执单不符</translation>
    </message>
    <message>
        <source>behaviour breach (四不准: no accepting water, cigarettes, meals or gifts)</source>
        <translation>违反服务纪律（四不准：不喝用户的水、不抽用户的烟、不吃用户的饭、不收用户的礼品）</translation>
    </message>
    <message>
        <source>Callback found: %1</source>
        <translation>回访发现：%1</translation>
    </message>
    <message>
        <source>callback: problem not solved</source>
        <translation>回访：问题未解决</translation>
    </message>
    <message>
        <source>callback: customer unsatisfied</source>
        <translation>回访：用户不满意</translation>
    </message>
    <message>
        <source>There is no technician %1.</source>
        <translation>技师 %1 不存在。</translation>
    </message>
    <message>
        <source>A complaint with id %1 already exists.</source>
        <translation>编号为 %1 的投诉已存在。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>投诉 %1 不存在。</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>该投诉已经关闭，无需重复关闭。</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved (resolution).</source>
        <translation>请填写投诉的处理结果（resolution）。</translation>
    </message>
    <message>
        <source>Resolved, confirmed by the customer: %1</source>
        <translation>已解决，用户已确认：%1</translation>
    </message>
    <message>
        <source>Resolved, awaiting the customer&apos;s confirmation: %1</source>
        <translation>已解决，等待用户确认：%1</translation>
    </message>
    <message>
        <source>There is no command called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的命令。</translation>
    </message>
    <message>
        <source>The database is not available: %1</source>
        <translation>数据库不可用：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1. Nothing was changed.</source>
        <translation>无法保存更改：%1。未做任何修改。</translation>
    </message>
    <message>
        <source>Technician %1 is no longer active.</source>
        <translation>技师 %1 已停用。</translation>
    </message>
    <message>
        <source>value is required (a number or text).</source>
        <translation>value 为必填项（数字或文本）。</translation>
    </message>
    <message>
        <source>The travel time to zone %1 must be whole minutes from 0 to 1440.</source>
        <translation>到片区 %1 的路程时间必须是 0 到 1440 之间的整数分钟。</translation>
    </message>
    <message>
        <source>There is no zone %1.</source>
        <translation>片区 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no product category %1.</source>
        <translation>产品品类 %1 不存在。</translation>
    </message>
    <message>
        <source>The shift must end after it starts.</source>
        <translation>班次结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Main parts cannot have a shorter warranty (%1 months) than the whole unit (%2 months).</source>
        <translation>主要部件的保修期（%1 个月）不能短于整机保修期（%2 个月）。</translation>
    </message>
    <message>
        <source>At least one phone number is required.</source>
        <translation>至少需要一个电话号码。</translation>
    </message>
    <message>
        <source>Product %1 belongs to another customer.</source>
        <translation>产品 %1 属于另一位用户。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <source>The purchase date %1 is in the future.</source>
        <translation>购买日期 %1 晚于当前日期。</translation>
    </message>
    <message>
        <source>channel is &quot;%1&quot;; it must be one of: %2.</source>
        <translation>channel 为“%1”；必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>A ticket with id %1 already exists.</source>
        <translation>编号为 %1 的工单已存在。</translation>
    </message>
    <message>
        <source>customer is required: a customer id or the caller&apos;s details.</source>
        <translation>customer 为必填项：请提供用户编号或来电人的信息。</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>产品 %1 不存在。</translation>
    </message>
    <message>
        <source>product is required: a product id or the appliance&apos;s details (at least its category).</source>
        <translation>product 为必填项：请提供产品编号或该电器的信息（至少要有品类）。</translation>
    </message>
    <message>
        <source>This appliance already has an open ticket, %1 (%2). Log the call on it as a reminder call (催单) instead of opening a second ticket.</source>
        <translation>该电器已有未完结的工单 %1（%2）。请将此次来电作为催单记录在该工单上，不要再开第二张工单。</translation>
    </message>
    <message>
        <source>priority is &quot;%1&quot;; it must be urgent, high, normal or scheduled.</source>
        <translation>priority 为“%1”；必须是 urgent、high、normal 或 scheduled。</translation>
    </message>
    <message>
        <source>Ticket %1 does not need verification.</source>
        <translation>工单 %1 无需核实。</translation>
    </message>
    <message>
        <source>An appointment end needs an appointment start.</source>
        <translation>填写了预约结束时间，就必须同时填写预约开始时间。</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>预约结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The appointment (%1) is before the time of dispatch (%2).</source>
        <translation>预约时间（%1）早于派工时间（%2）。</translation>
    </message>
    <message>
        <source>The last unanswered call was at %1; the next try is due from %2 (every %3 minutes).</source>
        <translation>上一次未接通的电话在 %1；下一次可从 %2 起再拨（每 %3 分钟一次）。</translation>
    </message>
    <message>
        <source>The new appointment is in the past.</source>
        <translation>新的预约时间已经过去。</translation>
    </message>
    <message>
        <source>The ticket has no technician; dispatch it first.</source>
        <translation>该工单尚未指派技师；请先派工。</translation>
    </message>
    <message>
        <source>The ticket is already with %1.</source>
        <translation>该工单已经派给 %1。</translation>
    </message>
    <message>
        <source>Part &quot;%1&quot; is not in the parts catalogue.</source>
        <translation>配件“%1”不在配件目录中。</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>购买日期晚于当前日期。</translation>
    </message>
    <message>
        <source>paid must be true, false or the amount received in fen.</source>
        <translation>paid 必须是 true、false 或实收金额（单位：分）。</translation>
    </message>
    <message>
        <source>Ticket %1 has nothing left to pay.</source>
        <translation>工单 %1 已无待付款项。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>;</translation>
    </message>
    <message>
        <source>Say which ticket or technician (or both) the complaint is about.</source>
        <translation>请说明投诉针对哪张工单或哪位技师(或两者)。</translation>
    </message>
    <message>
        <source>This complaint is closed; no more steps can be added.</source>
        <translation>此投诉已关闭,不能再添加跟踪记录。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; a reminder call belongs on a ticket that is still being worked on.</source>
        <translation>工单 %1 当前为“%2”;催单只能记在仍在处理中的工单上。</translation>
    </message>
    <message>
        <source>%1 is no longer an active user.</source>
        <translation>操作员 %1 已停用。</translation>
    </message>
    <message>
        <source>Ticket number %1 is already used.</source>
        <translation>工单号 %1 已被使用。</translation>
    </message>
    <message>
        <source>%1 was given no origin: a command from elsewhere needs its device and number.</source>
        <translation>%1 没有来源：来自其他工作台的命令必须带有设备和序号。</translation>
    </message>
    <message>
        <source>There is no active user %1 to give the task to.</source>
        <translation>没有在职用户 %1 可以接手这项任务。</translation>
    </message>
    <message>
        <source>Ticket %1 has no apology waiting for the customer&apos;s answer: only an arrival more than %2 minutes late asks for one.</source>
        <translation>工单 %1 没有待用户答复的道歉:只有迟到超过 %2 分钟才需要记录用户是否接受道歉。</translation>
    </message>
    <message>
        <source>The technician waited %1 minutes; wait at least %2 minutes at the door before leaving.</source>
        <translation>技术员只等了 %1 分钟;离开前须在门口至少等候 %2 分钟。</translation>
    </message>
    <message>
        <source>Phone the customer from the door before leaving.</source>
        <translation>离开前请在门口给用户打电话。</translation>
    </message>
    <message>
        <source>Leave a note (留言条) at the door before leaving.</source>
        <translation>离开前请在门上贴留言条。</translation>
    </message>
    <message>
        <source>The ticket has no technician to go back; dispatch it instead.</source>
        <translation>该工单没有技术员可以回访,请重新派工。</translation>
    </message>
    <message>
        <source>The revisit is in the past.</source>
        <translation>回访上门时间早于现在。</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>没有任务 %1。</translation>
    </message>
    <message>
        <source>This task was already closed.</source>
        <translation>这项任务已经关闭。</translation>
    </message>
    <message>
        <source>There is no ticket %1 to complain about.</source>
        <translation>没有被投诉的工单 %1。</translation>
    </message>
    <message>
        <source>The parts are expected in the past (%1).</source>
        <translation>备件预计到货时间早于现在(%1)。</translation>
    </message>
    <message>
        <source>The warranty was never verified (no purchase date). Enter the invoice date from the customer&apos;s invoice, or charge as out of warranty and say why (out_of_warranty_reason).</source>
        <translation>保修从未核实(没有购买日期)。请填写用户发票上的购买日期,或按保外收费并说明原因。</translation>
    </message>
    <message>
        <source>There is no loaner unit %1 in the pool.</source>
        <translation>借用机库中没有 %1。</translation>
    </message>
    <message>
        <source>Loaner %1 is not out; it is at the centre.</source>
        <translation>借用机 %1 没有借出,在中心。</translation>
    </message>
    <message>
        <source>Loaner %1 was lent on another ticket.</source>
        <translation>借用机 %1 是在另一张工单上借出的。</translation>
    </message>
    <message>
        <source>Loaner %1 is not in the pool; add it to the loaner units first.</source>
        <translation>借用机 %1 不在借用机库中;请先把它加入借用机库。</translation>
    </message>
    <message>
        <source>Loaner %1 is already out with the customer of %2.</source>
        <translation>借用机 %1 已借给 %2 的用户。</translation>
    </message>
    <message>
        <source>A loaner is left only against the customer&apos;s signed IOU (借条).</source>
        <translation>借用机只能凭用户签字的借条借出。</translation>
    </message>
    <message>
        <source>The helper must be another technician than the ticket&apos;s own.</source>
        <translation>协助的技术员必须是工单负责人以外的另一人。</translation>
    </message>
    <message>
        <source>The travel minutes must give, for each zone, the minutes it takes.</source>
        <translation>路程分钟数必须给出到每个片区所需的分钟数。</translation>
    </message>
    <message>
        <source>The shift start must be a time like 08:30.</source>
        <translation>上班时间必须是类似 08:30 的时间。</translation>
    </message>
    <message>
        <source>The shift end must be a time like 17:30.</source>
        <translation>下班时间必须是类似 17:30 的时间。</translation>
    </message>
    <message>
        <source>The suggested priority is %1; say why this call should be %2.</source>
        <translation>建议的优先级为“%1”；请说明此来电为何应为“%2”。</translation>
    </message>
    <message>
        <source>Schedule conflict: %1. Choose another time or technician, or give a reason to override.</source>
        <translation>时间安排冲突：%1。请另选时间或技师，或填写强制安排的理由。</translation>
    </message>
    <message>
        <source>A new time needs the customer&apos;s consent. Call the customer, apologise, agree the new time, then record that the customer agreed; otherwise give the ticket to another technician.</source>
        <translation>更改上门时间须征得用户同意。请致电用户、表示歉意并商定新时间，然后记录用户已同意；否则请将工单改派给其他技师。</translation>
    </message>
    <message>
        <source>Name the callback or its ticket.</source>
        <translation>请指定回访或其所属工单。</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>跟踪记录</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>跟踪记录</translation>
    </message>
    <message>
        <source>The customer confirmed</source>
        <translation>用户已确认</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>What the customer complains about</source>
        <translation>用户投诉的内容</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暂未指定）</translation>
    </message>
    <message>
        <source>Register complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Register a complaint (顾客投诉登记)</source>
        <translation>顾客投诉登记</translation>
    </message>
    <message>
        <source>What was done (a call, a visit, a refund…)</source>
        <translation>采取了什么措施（致电、上门、退款…）</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加跟踪记录</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Tracking sheet (跟踪单)</source>
        <translation>跟踪单</translation>
    </message>
    <message>
        <source>Export the complaint register</source>
        <translation>导出投诉登记表</translation>
    </message>
    <message>
        <source>Print the complaint register</source>
        <translation>打印投诉登记表</translation>
    </message>
    <message>
        <source>Complaints past their deadline and not resolved are red.</source>
        <translation>超过期限仍未解决的投诉显示为红色。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No complaint selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未选择投诉。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Complaint about %1</source>
        <translation>关于 %1 的投诉</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>用户确认</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Complaint registered.</source>
        <translation>投诉已登记。</translation>
    </message>
    <message>
        <source>Step added.</source>
        <translation>已添加跟踪记录。</translation>
    </message>
    <message>
        <source>Resolved and confirmed by the customer: the complaint is closed.</source>
        <translation>已解决并经用户确认：投诉已关闭。</translation>
    </message>
    <message>
        <source>Resolved; waiting for the customer&apos;s confirmation.</source>
        <translation>已解决，等待用户确认。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Complaint register (顾客投诉登记表)</source>
        <translation>顾客投诉登记表</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>已打印到 %1。</translation>
    </message>
    <message>
        <source>Open a complaint with this ticket, severity, owner and reason</source>
        <translation>按填写的工单、严重程度、负责人和原因登记投诉</translation>
    </message>
    <message>
        <source>Add what was done to the selected complaint&apos;s tracking sheet (Enter in the field)</source>
        <translation>将处理情况添加到所选投诉的跟踪单（在输入框中按 Enter）</translation>
    </message>
    <message>
        <source>Record how the selected complaint was resolved; it closes once the customer has confirmed</source>
        <translation>记录所选投诉的解决方式；客户确认后投诉即关闭</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Manager&apos;s tasks</source>
        <translation>经理任务</translation>
    </message>
    <message>
        <source>What happened (the manager visited, the customer accepted…)</source>
        <translation>处理结果(经理已上门、用户已接受……)</translation>
    </message>
    <message>
        <source>Outcome of the task</source>
        <translation>任务处理结果</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>任务完成</translation>
    </message>
    <message>
        <source>Close the selected task with what happened (Enter in the field)</source>
        <translation>填写处理结果并关闭所选任务(在输入框中按回车)</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>请先选择一项任务。</translation>
    </message>
    <message>
        <source>Task closed: %1</source>
        <translation>任务已关闭:%1</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>用户原话</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the complaint register, as an Excel workbook or CSV</source>
        <translation>保存投诉登记表,存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>complaints.xlsx</source>
        <translation>投诉登记表.xlsx</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记表</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>打印登记表…</translation>
    </message>
    <message>
        <source>Print the complaint register, with a preview; or save it as PDF (Ctrl+P)</source>
        <translation>打印投诉登记表(先预览),或存为 PDF(Ctrl+P)</translation>
    </message>
    <message>
        <source>Print tracking sheet…</source>
        <translation>打印跟踪单…</translation>
    </message>
    <message>
        <source>Print the selected complaint&apos;s tracking sheet (跟踪单) with its steps</source>
        <translation>打印所选投诉的跟踪单及处理步骤</translation>
    </message>
    <message>
        <source>Choose a complaint first.</source>
        <translation>请先选择一条投诉。</translation>
    </message>
    <message>
        <source>Complaint tracking sheet (顾客投诉跟踪单)</source>
        <translation>顾客投诉跟踪单</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处理步骤</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Paid in full</source>
        <translation>已全额付款</translation>
    </message>
    <message>
        <source>Service receipt for %1</source>
        <translation>%1 的维修服务回执单</translation>
    </message>
    <message>
        <source>Work done, as written on the receipt</source>
        <translation>服务内容，按回执单上所写填写</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>添加配件(&amp;P)</translation>
    </message>
    <message>
        <source>Add the chosen part with its quantity (Alt+P)</source>
        <translation>按所填数量添加所选配件 (Alt+P)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>(no approval)</source>
        <translation>（无批准人）</translation>
    </message>
    <message>
        <source>Only a charge that is not on the fee schedule</source>
        <translation>仅限收费标准以外的收费</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD from the invoice the technician saw</source>
        <translation>YYYY-MM-DD（以技师核对的发票为准）</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>服务内容(&amp;W)</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>收费项目(&amp;F)</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>其他收费</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation>签收人(&amp;S)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Other appliances checked</source>
        <translation>其他电器通检</translation>
    </message>
    <message>
        <source>Sales leads</source>
        <translation>销售线索</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 × %2: %3%4</source>
        <translation>%1 × %2：%3%4</translation>
    </message>
    <message>
        <source>service contract</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Take the selected part off the receipt</source>
        <translation>从回执单上移除所选配件</translation>
    </message>
    <message>
        <source>Only without an invoice: why the customer pays as out of warranty</source>
        <translation>仅在没有发票时填写:用户为何按保外付费</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(不详)</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>无发票</translation>
    </message>
    <message>
        <source>&amp;Cause of the fault</source>
        <translation>故障原因(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this system cannot read GB18030.</source>
        <translation>该文件不是 UTF-8 编码，且本系统无法读取 GB18030 编码。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 编码的文本；请在电子表格软件中将其另存为 CSV。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>No column is mapped to %1.</source>
        <translation>没有列对应到“%1”。</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>bad phone: %1</source>
        <translation>电话有误：%1</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>地址为空</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知品类“%1”</translation>
    </message>
    <message>
        <source>unknown zone &quot;%1&quot;</source>
        <translation>未知片区“%1”</translation>
    </message>
    <message>
        <source>bad purchase date &quot;%1&quot; (use YYYY-MM-DD)</source>
        <translation>购买日期“%1”有误（请使用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 (%2)</source>
        <translation>未导入任何内容：%1（%2）</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Every sheet of the workbook is empty.</source>
        <translation>工作簿的每个工作表都是空的。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有工作表“%1”;现有工作表:%2。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation>工作表“%1”是空的。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行:%2</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: %3</source>
        <translation>工作表 %1,第 %2 行:%3</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修次数</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>返修次数</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>用件数</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>型号数</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Completed tickets</source>
        <translation>完工工单数</translation>
    </message>
    <message>
        <source>Warranty claim lines</source>
        <translation>保修索赔条数</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Claimed per ticket</source>
        <translation>单均索赔</translation>
    </message>
    <message>
        <source>Other outlets per ticket</source>
        <translation>其他网点单均索赔</translation>
    </message>
    <message>
        <source>Far above the others</source>
        <translation>远高于其他网点</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>上门时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
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
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>按：</translation>
    </message>
    <message>
        <source>Double-click a number to see the tickets behind it.</source>
        <translation>双击数字可查看明细工单。</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Warranty claims per completed ticket, per outlet. An outlet claiming more than %1 times the other outlets&apos; figure is marked (quality-claim check).</source>
        <translation>各网点每张完工工单的保修索赔金额。索赔额超过其他网点 %1 倍的网点将标记为异常（质量索赔核查）。</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Technician daily report (技术人员日报表)</source>
        <translation>技术人员日报表</translation>
    </message>
    <message>
        <source>Callbacks of the day</source>
        <translation>当日回访</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分组统计</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Faults by model and part</source>
        <translation>故障（按型号和配件）</translation>
    </message>
    <message>
        <source>Outlet claims</source>
        <translation>网点索赔</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报表</translation>
    </message>
    <message>
        <source>compared with %1 – %2</source>
        <translation>对比上一期间 %1 – %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Repairs by model (top 8)</source>
        <translation>各型号维修次数（前 8 名）</translation>
    </message>
    <message>
        <source>Parts replaced (top 8)</source>
        <translation>更换配件（前 8 名）</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Callback list (回访记录)</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Product defect</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装问题</translation>
    </message>
    <message>
        <source>Misuse</source>
        <translation>使用不当</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>正常损耗</translation>
    </message>
    <message>
        <source>kpis.xlsx</source>
        <translation>考核指标.xlsx</translation>
    </message>
    <message>
        <source>faults-by-model.xlsx</source>
        <translation>按型号故障统计.xlsx</translation>
    </message>
    <message>
        <source>faults-by-part.xlsx</source>
        <translation>按配件故障统计.xlsx</translation>
    </message>
    <message>
        <source>outlet-claims.xlsx</source>
        <translation>网点结算.xlsx</translation>
    </message>
    <message>
        <source>daily-report.xlsx</source>
        <translation>技术人员日报表.xlsx</translation>
    </message>
    <message>
        <source>callback-list.xlsx</source>
        <translation>回访记录.xlsx</translation>
    </message>
    <message>
        <source>kpi-comparison.xlsx</source>
        <translation>指标对比.xlsx</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this table as shown, as an Excel workbook or CSV</source>
        <translation>按当前显示保存此表,存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print daily report…</source>
        <translation>打印日报表…</translation>
    </message>
    <message>
        <source>Print each technician&apos;s report of the chosen day, with a preview; or save it as PDF (Ctrl+P)</source>
        <translation>打印所选日期每位技术人员的日报(先预览),或存为 PDF(Ctrl+P)</translation>
    </message>
    <message>
        <source>Print callback list…</source>
        <translation>打印回访记录…</translation>
    </message>
    <message>
        <source>Print the callbacks of the chosen day, with a preview; or save them as PDF</source>
        <translation>打印所选日期的回访记录(先预览),或存为 PDF</translation>
    </message>
    <message>
        <source>Print the technician daily report of the chosen day</source>
        <translation>打印所选日期的技术人员日报表</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Dispatch Desk database.</source>
        <translation>%1 是文件夹，不是 Dispatch Desk 数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Dispatch Desk database (it is not an SQLite file).</source>
        <translation>%1 不是 Dispatch Desk 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Dispatch Desk database.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是 Dispatch Desk 数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Dispatch Desk (data version %2; this program knows up to %3). Update Dispatch Desk to open it.</source>
        <translation>%1 由较新版本的 Dispatch Desk 写入（数据版本 %2；本程序最高支持 %3）。请升级 Dispatch Desk 后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its contents (truncated copy?).</source>
        <translation>%1 已损坏：文件长度短于其内容（可能是复制不完整？）。</translation>
    </message>
    <message>
        <source>%1 is read-only. Dispatch Desk needs to write to its database; copy it somewhere writable or change its permissions.</source>
        <translation>%1 是只读的。Dispatch Desk 需要写入其数据库；请将其复制到可写的位置，或修改其权限。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Dispatch Desk keeps a journal beside its database and needs to write there.</source>
        <translation>%1 所在的文件夹是只读的。Dispatch Desk 会在数据库旁保存日志文件，需要对该文件夹有写权限。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was left as it is; restore it from a backup.</source>
        <translation>%1 已损坏，无法打开（%2）。文件未作任何改动；请从备份中恢复。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法初始化 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the data version of %1.</source>
        <translation>无法读取 %1 的数据版本。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot update %1 from data version %2: %3. Nothing was changed.</source>
        <translation>无法将 %1 从数据版本 %2 升级：%3。未做任何修改。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 已存在；请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有已打开的数据库。</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the current database aside to %1; nothing was restored.</source>
        <translation>无法将当前数据库移至 %1；未恢复任何数据。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place; the database was left as it was.</source>
        <translation>无法用备份替换当前数据库；数据库保持原样。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is damaged (%2).</source>
        <translation>%1 无法恢复:文件已损坏(%2)。</translation>
    </message>
    <message>
        <source>%1 holds triggers or views, which Dispatch Desk never writes: another program changed it, and it is not restored. Restore the desk from a backup you trust.</source>
        <translation>%1 中含有触发器或视图,Dispatch Desk 从不写入这些:该文件已被其他程序改动,不予恢复。请从可信的备份恢复服务台数据。</translation>
    </message>
</context>
<context>
    <name>DeskService</name>
    <message>
        <source>The desk&apos;s database %1 was deleted while the desk was open, and it could not be written back (%2). Keep the desk open and make a backup to another folder now (File → Backup).</source>
        <translation>服务台数据库 %1 在服务台运行时被删除,且无法写回(%2)。请不要关闭服务台,立即备份到其他文件夹(文件 → 备份)。</translation>
    </message>
    <message>
        <source>The desk&apos;s database %1 was deleted while the desk was open; it was written back but cannot be opened again (%2). Do not close the desk: make a backup now (File → Backup).</source>
        <translation>服务台数据库 %1 在服务台运行时被删除;已写回,但无法重新打开(%2)。请不要关闭服务台,立即备份(文件 → 备份)。</translation>
    </message>
    <message>
        <source>The desk&apos;s database %1 was deleted while the desk was open. It was written back from the open desk: nothing was lost.</source>
        <translation>服务台数据库 %1 在服务台运行时被删除。已从运行中的服务台写回原处:没有丢失任何数据。</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>Technicians ranked for the selected ticket; Enter assigns</source>
        <translation>按匹配度排序的所选工单推荐技师；按 Enter 派工</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>派工(&amp;A)</translation>
    </message>
    <message>
        <source>Dispatch the selected ticket to the selected technician (Enter)</source>
        <translation>将所选工单派给所选技师 (Enter)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Select a ticket and a technician first.</source>
        <translation>请先选择工单和技师。</translation>
    </message>
    <message>
        <source>Dispatched %1 to %2.</source>
        <translation>已将 %1 派给 %2。</translation>
    </message>
    <message>
        <source>Filter: ticket, customer, technician, zone… (Ctrl+F)</source>
        <translation>筛选：工单、用户、技师、片区… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>全部标记</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>The technician reached the customer (C)</source>
        <translation>技师已联系上用户 (C)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>The customer did not answer; the next try is shown (N)</source>
        <translation>用户未接听；将显示下次拨打时间 (N)</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已出发</translation>
    </message>
    <message>
        <source>The technician set off (D)</source>
        <translation>技师已出发 (D)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已上门</translation>
    </message>
    <message>
        <source>The technician is at the customer&apos;s (A)</source>
        <translation>技师已到达用户家中 (A)</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待件</translation>
    </message>
    <message>
        <source>Needs parts; a revisit follows (W)</source>
        <translation>需要配件，之后再次上门 (W)</translation>
    </message>
    <message>
        <source>Pulled back</source>
        <translation>拉修</translation>
    </message>
    <message>
        <source>Taken to the workshop, loaner left (B)</source>
        <translation>拉回维修站修理，留下周转机 (B)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Enter the returned service receipt (F)</source>
        <translation>录入交回的维修服务回执单 (F)</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>A new time agreed with the customer (S)</source>
        <translation>与用户商定新的上门时间 (S)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Give the ticket to another technician (R)</source>
        <translation>将工单改派给其他技师 (R)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Everything that happened to the ticket (T)</source>
        <translation>工单的全部处理经过 (T)</translation>
    </message>
    <message>
        <source>Technicians&apos; day</source>
        <translation>技师当日安排</translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <source>%1: customer contacted.</source>
        <translation>%1：已联系用户。</translation>
    </message>
    <message>
        <source>%1: no answer for the last time — the customer is unreachable; the ticket is back with the office.</source>
        <translation>%1：最后一次拨打仍未接通 — 联系不上用户，工单已退回售后内勤。</translation>
    </message>
    <message>
        <source>%1: no answer. Try again from %2.</source>
        <translation>%1：未接通。请于 %2 起再拨。</translation>
    </message>
    <message>
        <source>%1: technician en route.</source>
        <translation>%1：技师在途。</translation>
    </message>
    <message>
        <source>%1: arrived %2 minutes late — apology logged.</source>
        <translation>%1：上门迟到 %2 分钟 — 已记录致歉。</translation>
    </message>
    <message>
        <source>%1: technician on site, on time.</source>
        <translation>%1：技师已准时上门。</translation>
    </message>
    <message>
        <source>Which part is needed? A revisit is scheduled when it arrives.</source>
        <translation>需要哪个配件？配件到货后将安排再次上门。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>%1: awaiting parts.</source>
        <translation>%1：待件。</translation>
    </message>
    <message>
        <source>Pulled back for workshop repair (拉修)</source>
        <translation>拉修（拉回维修站修理）</translation>
    </message>
    <message>
        <source>The appliance goes to the workshop. Record the loaner unit left with the customer and the IOU they signed.</source>
        <translation>电器将拉回维修站修理。请记录留给用户的周转机，以及用户签署的借条。</translation>
    </message>
    <message>
        <source>%1: pulled back to the workshop.</source>
        <translation>%1：已拉修。</translation>
    </message>
    <message>
        <source>%1: completed; the callback is due within 24 hours.</source>
        <translation>%1：已完工；须在 24 小时内回访。</translation>
    </message>
    <message>
        <source>A new time needs the customer&apos;s consent (R8): apologise, agree the time, note why.</source>
        <translation>更改上门时间须征得用户同意（R8）：向用户致歉、商定时间并注明原因。</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>新时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The customer agreed to the new time</source>
        <translation>用户已同意新时间</translation>
    </message>
    <message>
        <source>The customer refused entry (a manager visits)</source>
        <translation>用户拒绝入户（由经理上门）</translation>
    </message>
    <message>
        <source>Override a schedule conflict because</source>
        <translation>时间冲突时强制安排的理由</translation>
    </message>
    <message>
        <source>%1: rescheduled.</source>
        <translation>%1：已改约。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Give the ticket to another technician, with the reason.</source>
        <translation>将工单改派给其他技师，并注明原因。</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>%1: reassigned.</source>
        <translation>%1：已改派。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Select a ticket of the technician whose day you want to print.</source>
        <translation>请选择要打印当日派工单的技师名下的一张工单。</translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation>调整预约</translation>
    </message>
    <message>
        <source>Moving a dispatched ticket needs a reason; a new time needs the customer&apos;s consent.</source>
        <translation>调整已派工工单须填写原因；更改上门时间须征得用户同意。</translation>
    </message>
    <message>
        <source>Override the conflict because</source>
        <translation>强制安排的理由</translation>
    </message>
    <message>
        <source>Not moved.</source>
        <translation>未调整。</translation>
    </message>
    <message>
        <source>Schedule conflict</source>
        <translation>时间安排冲突</translation>
    </message>
    <message>
        <source>Dispatch anyway because</source>
        <translation>仍要派工的理由</translation>
    </message>
    <message>
        <source>Not dispatched: %1</source>
        <translation>未派工：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: planned on the technician&apos;s day.</source>
        <translation>%1：已排入技师当日日程。</translation>
    </message>
    <message>
        <source>The ticket list as filtered, for a spreadsheet (Ctrl+E)</source>
        <translation>按当前筛选导出工单列表，供电子表格使用 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the ticket list</source>
        <translation>导出工单列表</translation>
    </message>
    <message>
        <source>Show only the tickets that match what you type (Ctrl+F)</source>
        <translation>只显示与输入内容相符的工单 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Suggested &amp;technicians (Enter on a ticket takes the first)</source>
        <translation>推荐技师(&amp;T)（在工单上按 Enter 即派给第一位）</translation>
    </message>
    <message>
        <source>Select a ticket to see the technicians who can take it.</source>
        <translation>请选择一张工单，这里会列出可以接单的技师。</translation>
    </message>
    <message>
        <source>%1 is %2: it has its technician.</source>
        <translation>%1 的状态是%2：已有负责技师。</translation>
    </message>
    <message>
        <source>No active technician repairs this category; drop the ticket on a lane to choose one.</source>
        <translation>没有在岗技师能维修该品类；请把工单拖到某位技师的日程上来指定。</translation>
    </message>
    <message>
        <source>No technician to suggest.</source>
        <translation>没有可推荐的技师。</translation>
    </message>
    <message>
        <source>On a ticket: dispatch it to the first suggested technician</source>
        <translation>在工单上：派给第一位推荐技师</translation>
    </message>
    <message>
        <source>Go to the suggested technicians</source>
        <translation>转到推荐技师列表</translation>
    </message>
    <message>
        <source>Details differ</source>
        <translation>信息有出入</translation>
    </message>
    <message>
        <source>Contacted, and the address, model or fault differ from the record: correct them (Shift+C)</source>
        <translation>已联系用户,但地址、型号或故障与登记不符:当即更正(Shift+C)</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>用户不在家</translation>
    </message>
    <message>
        <source>Nobody opened: what the technician tried, and a new appointment is needed (X)</source>
        <translation>无人开门:记录技术员采取的措施,需重新预约(X)</translation>
    </message>
    <message>
        <source>Apology answer</source>
        <translation>道歉答复</translation>
    </message>
    <message>
        <source>The customer&apos;s answer to the apology for a late arrival (Y)</source>
        <translation>用户对迟到道歉的答复(Y)</translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation>备件到货</translation>
    </message>
    <message>
        <source>The parts came: the technician goes back (V)</source>
        <translation>备件已到:技术员再次上门(V)</translation>
    </message>
    <message>
        <source>Second technician</source>
        <translation>增派技术员</translation>
    </message>
    <message>
        <source>The job needs a second technician (H)</source>
        <translation>该工作需要第二名技术员(H)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Collect an open charge later (M)</source>
        <translation>事后收取未付费用(M)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>The missing details were checked with the customer (I)</source>
        <translation>已与用户核实缺失的信息(I)</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Cancel the ticket, with the reason (Del)</source>
        <translation>取消工单并说明原因(Del)</translation>
    </message>
    <message>
        <source>%1: arrived %2 minutes late — a goodwill gift is due; record whether the customer accepts the apology (Y).</source>
        <translation>%1:迟到 %2 分钟——应赠送小礼品;请记录用户是否接受道歉(Y)。</translation>
    </message>
    <message>
        <source>Expected on (yyyy-mm-dd)</source>
        <translation>预计到货日期(yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Customer contacted: details differ</source>
        <translation>已联系用户:信息有出入</translation>
    </message>
    <message>
        <source>Fill in only what differs from the record; the rest stays as it is.</source>
        <translation>只填写与登记不符的项目,其余保持不变。</translation>
    </message>
    <message>
        <source>Correct address</source>
        <translation>正确地址</translation>
    </message>
    <message>
        <source>Correct model</source>
        <translation>正确型号</translation>
    </message>
    <message>
        <source>Fault as the customer describes it now</source>
        <translation>用户现在描述的故障</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: customer contacted; the record is corrected.</source>
        <translation>%1:已联系用户,登记信息已更正。</translation>
    </message>
    <message>
        <source>Customer not at home</source>
        <translation>用户不在家</translation>
    </message>
    <message>
        <source>What the technician did before leaving: wait at least %1 minutes at the door, phone the customer, ask the neighbours, leave a note (留言条). The ticket then needs a new appointment.</source>
        <translation>技术员离开前应做到:在门口至少等候 %1 分钟,给用户打电话,向邻居确认,贴留言条。之后该工单需要重新预约。</translation>
    </message>
    <message>
        <source>Minutes waited at the door</source>
        <translation>门口等候分钟数</translation>
    </message>
    <message>
        <source>Phoned the customer</source>
        <translation>已给用户打电话</translation>
    </message>
    <message>
        <source>Asked the neighbours</source>
        <translation>已向邻居确认</translation>
    </message>
    <message>
        <source>Left a note at the door</source>
        <translation>已在门上贴留言条</translation>
    </message>
    <message>
        <source>%1: customer not at home — agree a new appointment.</source>
        <translation>%1:用户不在家——请与用户重新预约。</translation>
    </message>
    <message>
        <source>The customer&apos;s answer to the apology</source>
        <translation>用户对道歉的答复</translation>
    </message>
    <message>
        <source>The technician was more than %1 minutes late and apologised with a small gift. If the customer does not accept the apology, the after-sales manager visits.</source>
        <translation>技术员迟到超过 %1 分钟,已道歉并赠送小礼品。若用户不接受道歉,由售后经理上门道歉。</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>accepted the apology</source>
        <translation>接受了道歉</translation>
    </message>
    <message>
        <source>did not accept it: the manager visits</source>
        <translation>不接受道歉:由经理上门</translation>
    </message>
    <message>
        <source>%1: the customer&apos;s answer is recorded.</source>
        <translation>%1:已记录用户的答复。</translation>
    </message>
    <message>
        <source>The same technician goes back; agree the revisit time with the customer.</source>
        <translation>由原技术员再次上门;请与用户约定上门时间。</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>再次上门</translation>
    </message>
    <message>
        <source>%1: the parts arrived; the revisit is planned.</source>
        <translation>%1:备件已到,已安排再次上门。</translation>
    </message>
    <message>
        <source>%1: a second technician is requested.</source>
        <translation>%1:已申请增派技术员。</translation>
    </message>
    <message>
        <source>Details verified</source>
        <translation>信息已核实</translation>
    </message>
    <message>
        <source>The missing model, purchase date or address were checked with the customer.</source>
        <translation>已与用户核实缺失的型号、购买日期或地址。</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>核实内容</translation>
    </message>
    <message>
        <source>%1: verified; the flag is cleared.</source>
        <translation>%1:已核实,标记已清除。</translation>
    </message>
    <message>
        <source>%1 has nothing left to pay.</source>
        <translation>%1 没有未付费用。</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>收到付款</translation>
    </message>
    <message>
        <source>Open charge: %1. Enter the amount received, in yuan.</source>
        <translation>未付费用:%1。请输入收到的金额(元)。</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额(¥)</translation>
    </message>
    <message>
        <source>%1: payment recorded.</source>
        <translation>%1:已记录收款。</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>A cancelled ticket is never deleted; say why it is cancelled (R17).</source>
        <translation>取消的工单不会被删除;请说明取消原因(R17)。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1:已取消。</translation>
    </message>
    <message>
        <source>Loaner back</source>
        <translation>借用机归还</translation>
    </message>
    <message>
        <source>The loaner unit left with this customer is back at the centre (L)</source>
        <translation>借给该用户的借用机已归还中心(L)</translation>
    </message>
    <message>
        <source>Add loaner unit…</source>
        <translation>添加借用机…</translation>
    </message>
    <message>
        <source>A unit the centre lends while a customer&apos;s appliance is in the workshop (借用机)</source>
        <translation>用户家电拉修期间中心借给用户使用的机器(借用机)</translation>
    </message>
    <message>
        <source>Appearance of the customer&apos;s appliance</source>
        <translation>用户家电外观检查</translation>
    </message>
    <message>
        <source>(no loaner)</source>
        <translation>(不借用机)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Loaner unit</source>
        <translation>借用机</translation>
    </message>
    <message>
        <source>IOU signed by the customer</source>
        <translation>用户签字的借条</translation>
    </message>
    <message>
        <source>(to be found)</source>
        <translation>(待定)</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>协助技术员</translation>
    </message>
    <message>
        <source>Helper arrives</source>
        <translation>协助者到达时间</translation>
    </message>
    <message>
        <source>%1 has no loaner out.</source>
        <translation>%1 没有借出的借用机。</translation>
    </message>
    <message>
        <source>%1: loaner %2 is back at the centre.</source>
        <translation>%1:借用机 %2 已归还中心。</translation>
    </message>
    <message>
        <source>Add a loaner unit</source>
        <translation>添加借用机</translation>
    </message>
    <message>
        <source>A unit lent to customers while their appliance is repaired in the workshop.</source>
        <translation>用户家电在维修站修理期间借给用户使用的机器。</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <source>Loaner unit %1 is in the pool.</source>
        <translation>借用机 %1 已加入借用机库。</translation>
    </message>
    <message>
        <source>Maintenance due…</source>
        <translation>到期保养…</translation>
    </message>
    <message>
        <source>Customers whose appliance is due for maintenance (filters…): open a maintenance ticket for one</source>
        <translation>家电到期需保养(如更换滤芯)的用户:为其中一位开保养工单</translation>
    </message>
    <message>
        <source>No appliance is due for maintenance.</source>
        <translation>没有到期需保养的家电。</translation>
    </message>
    <message>
        <source>%1 — %2 %3, due %4</source>
        <translation>%1 — %2 %3,%4 到期</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>到期保养</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) are due for maintenance. Choose one to open its maintenance ticket; then dispatch it with the time agreed with the customer.</source>
        <translation>
            <numerusform>有 %n 台家电到期需保养。选择一台开保养工单,然后按与用户约定的时间派工。</numerusform>
        </translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>家电</translation>
    </message>
    <message>
        <source>Scheduled maintenance (定期保养)</source>
        <translation>定期保养</translation>
    </message>
    <message>
        <source>%1: maintenance ticket opened.</source>
        <translation>%1:已开保养工单。</translation>
    </message>
    <message>
        <source>Open charges…</source>
        <translation>未收费用…</translation>
    </message>
    <message>
        <source>Charges not yet paid, closed tickets too: record a payment the customer made later</source>
        <translation>尚未收取的费用(含已关闭的工单):登记用户事后支付的款项</translation>
    </message>
    <message>
        <source>No ticket has an open charge.</source>
        <translation>没有未收费用的工单。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 open (%4)</source>
        <translation>%1 — %2,未收 %3(%4)</translation>
    </message>
    <message>
        <source>Open charges</source>
        <translation>未收费用</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have a charge not yet paid. Choose the one the customer paid.</source>
        <translation>
            <numerusform>有 %n 张工单的费用尚未收取。请选择用户已付款的工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Why the job needs a second technician, and who goes: the helper&apos;s day gets the visit too.</source>
        <translation>为什么需要第二名技术员,以及由谁去:协助者的日程里也会有这次上门。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the ticket list as filtered, as an Excel workbook or CSV</source>
        <translation>按当前筛选导出工单列表,存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>tickets.xlsx</source>
        <translation>工单.xlsx</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执单</translation>
    </message>
    <message>
        <source>Print the service receipt (维修服务回执单), with a preview; or save it as PDF (P)</source>
        <translation>打印维修服务回执单(先预览),或存为 PDF(P)</translation>
    </message>
    <message>
        <source>Job sheet</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Print the dispatch sheet (派工单) of this job for the technician (J)</source>
        <translation>为技术人员打印此工单的派工单(J)</translation>
    </message>
    <message>
        <source>Parts requisition</source>
        <translation>领料单</translation>
    </message>
    <message>
        <source>Print the parts requisition (零配件领料单) of the parts this job waits for (Q)</source>
        <translation>打印此工单待件的零配件领料单(Q)</translation>
    </message>
    <message>
        <source>Print the form the selected ticket needs now: the receipt once completed, the parts requisition while awaiting parts, else the job&apos;s dispatch sheet</source>
        <translation>打印所选工单此刻需要的单据:完工后打回执单,待件时打领料单,其余打派工单</translation>
    </message>
    <message>
        <source>Day&apos;s dispatch sheet…</source>
        <translation>当日派工单…</translation>
    </message>
    <message>
        <source>Print the day&apos;s dispatch sheet (派工单) of the technician of the selected ticket</source>
        <translation>打印所选工单技术人员的当日派工单</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>移机</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation>需核实</translation>
    </message>
    <message>
        <source>repeat repair</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>reminder call</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>manager follow-up</source>
        <translation>经理跟进</translation>
    </message>
    <message>
        <source>manager visit</source>
        <translation>经理上门</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>loaner out</source>
        <translation>已借出周转机</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>support requested</source>
        <translation>已请求支援</translation>
    </message>
    <message>
        <source>callback unreachable</source>
        <translation>回访联系不上</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>on-site deadline missed</source>
        <translation>超时未上门</translation>
    </message>
    <message>
        <source>on-site deadline at risk</source>
        <translation>上门即将超时</translation>
    </message>
    <message>
        <source>customer not yet contacted</source>
        <translation>尚未联系用户</translation>
    </message>
    <message>
        <source>customer unreachable</source>
        <translation>联系不上用户</translation>
    </message>
    <message>
        <source>callback overdue</source>
        <translation>回访超时</translation>
    </message>
    <message>
        <source>apology answer owed</source>
        <translation>待记录道歉答复</translation>
    </message>
    <message>
        <source>customer was not at home</source>
        <translation>用户曾不在家</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>parts due</source>
        <translation>备件到货</translation>
    </message>
    <message>
        <source>late arrival: record the customer&apos;s answer to the apology</source>
        <translation>迟到:请记录用户是否接受道歉</translation>
    </message>
    <message>
        <source>not yet dispatched</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <source>parts later than expected</source>
        <translation>备件逾期未到</translation>
    </message>
    <message>
        <source>customer not at home again</source>
        <translation>用户再次不在家</translation>
    </message>
    <message>
        <source>manager&apos;s task overdue</source>
        <translation>经理任务已逾期</translation>
    </message>
    <message>
        <source>loaner still with the customer</source>
        <translation>借用机仍在用户处</translation>
    </message>
    <message>
        <source>in warranty</source>
        <translation>保内</translation>
    </message>
    <message>
        <source>out of warranty</source>
        <translation>保外</translation>
    </message>
    <message>
        <source>service contract</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>unknown: check the invoice</source>
        <translation>保修不详:上门查看发票</translation>
    </message>
</context>
<context>
    <name>FeeCardPrinter</name>
    <message>
        <source>Visit fee</source>
        <translation>上门费</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件费</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级费</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>其他服务费</translation>
    </message>
    <message>
        <source>Fee schedule card (收费标准卡)</source>
        <translation>收费标准卡</translation>
    </message>
    <message>
        <source>Published charges, in force on %1</source>
        <translation>公布的收费标准（%1 现行）</translation>
    </message>
    <message>
        <source>In warranty you pay nothing: no visit fee, no labour, no parts. Out of warranty you pay only the items on this card, at these prices; any other charge needs a supervisor&apos;s approval with the reason written on your receipt. Every charge is on the service receipt you sign.</source>
        <translation>保内免费：不收上门费、人工费和配件费。保外只按本卡所列项目和价格收费；任何其他收费均须经主管批准，并在您的回执单上写明理由。每一笔收费都列在您签字的维修服务回执单上。</translation>
    </message>
    <message>
        <source>Our technicians accept no water, cigarettes, meals or gifts (四不准). Anything not right? Call the service hotline: we call you back after every visit.</source>
        <translation>我们的技师不喝用户的水、不抽用户的烟、不吃用户的饭、不收用户的礼品（四不准）。如有不妥，请拨打服务热线：每次上门服务后我们都会给您回访。</translation>
    </message>
    <message>
        <source>Service fees</source>
        <translation>服务收费</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Parts at catalogue prices</source>
        <translation>配件目录价格</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>电器</translation>
    </message>
    <message>
        <source>Whole unit</source>
        <translation>整机</translation>
    </message>
    <message>
        <source>Main parts</source>
        <translation>主要部件</translation>
    </message>
    <message>
        <source>Main parts are</source>
        <translation>主要部件包括</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Fee schedule card</source>
        <translation>收费标准卡</translation>
    </message>
</context>
<context>
    <name>FeeScheduleModel</name>
    <message>
        <source>Visit fee</source>
        <translation>上门费</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件费</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级费</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>其他服务费</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>FormOutput</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览:%1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Send to %1 (Ctrl+P)</source>
        <translation>发送到 %1(Ctrl+P)</translation>
    </message>
    <message>
        <source>Printer and &amp;paper…</source>
        <translation>打印机和纸张(&amp;P)…</translation>
    </message>
    <message>
        <source>Another printer, paper size (A4, A5, a receipt roll) or orientation; this form remembers it</source>
        <translation>换打印机、纸张(A4、A5、小票卷纸)或方向;此单据会记住所选</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>存为 P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 已发送到 %2。</translation>
    </message>
    <message>
        <source>(no printer)</source>
        <translation>(无打印机)</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>打印机:%1</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 毫米小票卷纸</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings, or save the form as PDF.</source>
        <translation>本机没有设置打印机。请在系统的打印机设置中添加一台,或将单据存为 PDF。</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not available: it was removed, or the print service is not running. Choose another printer and print again.</source>
        <translation>打印机“%1”不可用:已被移除,或打印服务未运行。请选择其他打印机后重新打印。</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; has stopped (paused, switched off, out of paper or jammed). Put it right, then print again; nothing of the form is lost.</source>
        <translation>打印机“%1”已停止(暂停、关机、缺纸或卡纸)。排除后重新打印即可,单据内容不会丢失。</translation>
    </message>
    <message>
        <source>The form could not be sent to &quot;%1&quot;. Print again, or choose another printer.</source>
        <translation>单据未能发送到“%1”。请重新打印,或选择其他打印机。</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <source>Service receipt (维修服务回执单)</source>
        <translation>维修服务回执单</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单号：%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>电器</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation>报修故障</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Charges (published fee schedule)</source>
        <translation>收费明细（按公布的收费标准）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
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
        <source>Charged</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>service contract</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>in warranty</source>
        <translation>保内</translation>
    </message>
    <message>
        <source>approved by %1: %2</source>
        <translation>经 %1 批准：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>已付：%1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未付：%1</translation>
    </message>
    <message>
        <source>Only the charges above, from the published fee schedule, may be collected. Technicians accept no water, cigarettes, meals or gifts (四不准). Complaints: call the service hotline.</source>
        <translation>只可收取以上按公布的收费标准列出的费用。技师不喝用户的水、不抽用户的烟、不吃用户的饭、不收用户的礼品（四不准）。如有投诉，请拨打服务热线。</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>用户签字</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Service receipt %1</source>
        <translation>维修服务回执单 %1</translation>
    </message>
    <message>
        <source>There is no technician %1.</source>
        <translation>技师 %1 不存在。</translation>
    </message>
    <message>
        <source>Dispatch sheet (派工单)</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Technician: %1 · %2 · shift %3–%4</source>
        <translation>技师：%1 · %2 · 班次 %3–%4</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer and address</source>
        <translation>用户及地址</translation>
    </message>
    <message>
        <source>Appliance and fault</source>
        <translation>电器及故障</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation>最晚出发时间</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>共 %n 次上门。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch sheet %1 %2</source>
        <translation>派工单 %1 %2</translation>
    </message>
    <message>
        <source>Call each customer within %1 minutes of dispatch; arrive 5–10 minutes early; show the fee schedule card; have the receipt signed.</source>
        <translation>派工后 %1 分钟内联系每位用户；提前 5–10 分钟到达；出示收费标准卡；请用户在回执单上签字。</translation>
    </message>
    <message>
        <source>Service hotline %1</source>
        <translation>服务热线 %1</translation>
    </message>
    <message>
        <source>Supervision and complaints %1</source>
        <translation>投诉监督电话 %1</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>as helper</source>
        <translation>协助</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>on site by %1</source>
        <translation>%1 前上门</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>携带</translation>
    </message>
    <message>
        <source>tools, shoe covers, the fee schedule card, receipts</source>
        <translation>工具、鞋套、收费标准卡、回执单</translation>
    </message>
    <message>
        <source>Call the customer within %1 minutes of dispatch; arrive 5–10 minutes early; show the fee schedule card; have the receipt signed.</source>
        <translation>派工后 %1 分钟内联系用户;提前 5–10 分钟到达;出示收费标准卡;请用户在回执单上签字。</translation>
    </message>
    <message>
        <source>Dispatch sheet %1</source>
        <translation>派工单 %1</translation>
    </message>
    <message>
        <source>%1 has asked for no parts (awaiting parts, W).</source>
        <translation>%1 没有申请配件(待件,W)。</translation>
    </message>
    <message>
        <source>Parts requisition (零配件领料单)</source>
        <translation>零配件领料单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Drawn by (technician)</source>
        <translation>领料人(技术员)</translation>
    </message>
    <message>
        <source>Issued by (parts store)</source>
        <translation>发料人(备件库)</translation>
    </message>
    <message>
        <source>Parts requisition %1</source>
        <translation>领料单 %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 已上门</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Find a ticket or a customer</source>
        <translation>查找工单或用户</translation>
    </message>
    <message>
        <source>Ticket number or its last digits; phone, name, pinyin or address of a customer</source>
        <translation>工单号或其末几位；用户的电话、姓名、拼音或地址</translation>
    </message>
    <message>
        <source>Tickets and customers found</source>
        <translation>找到的工单和用户</translation>
    </message>
    <message>
        <source>Enter opens the first, ↓ moves into the list, Esc closes.</source>
        <translation>Enter 打开第一项，↓ 进入列表，Esc 关闭。</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 · %3 · opened %4</source>
        <translation>工单 %1 · %2 · %3 · 受理于 %4</translation>
    </message>
    <message>
        <source>Customer %1 · %2 · %3</source>
        <translation>用户 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位用户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import customers and appliances</source>
        <translation>导入用户和电器</translation>
    </message>
    <message>
        <source>Import every good row; if any is refused, nothing is imported</source>
        <translation>导入全部有效行；只要有一行被拒绝，就不导入任何内容</translation>
    </message>
    <message>
        <source>Columns (change any that was not recognised):</source>
        <translation>列对应（未正确识别的列请手动更改）：</translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation>不会导入的行：</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 → (ignore)</source>
        <translation>%1 → （忽略）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 good rows — %4 new customers, %5 already known; %6 new appliances, %7 already known. %8 rows cannot be imported.</source>
        <translation>%1（%2）：有效行 %3 行 — 新用户 %4 位，已有用户 %5 位；新电器 %6 台，已有电器 %7 台。%8 行无法导入。</translation>
    </message>
    <message>
        <source>File read</source>
        <translation>已读取文件</translation>
    </message>
    <message>
        <source>Imported: %1 new customers, %2 new appliances.</source>
        <translation>已导入：新用户 %1 位，新电器 %2 台。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Choose a workbook or CSV file…</source>
        <translation>选择工作簿或 CSV 文件(&amp;C)…</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx), or a spreadsheet saved as CSV (UTF-8 or GB18030)</source>
        <translation>Excel 工作簿(.xlsx),或另存为 CSV 的表格(UTF-8 或 GB18030)</translation>
    </message>
    <message>
        <source>Choose a workbook or CSV file</source>
        <translation>选择工作簿或 CSV 文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>The sheet of the workbook to import</source>
        <translation>要导入的工作表</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Mobile or landline with area code, e.g. 138 1234 5678 / 010-62345678</source>
        <translation>手机或带区号的座机，例如 138 1234 5678 / 010-62345678</translation>
    </message>
    <message>
        <source>City, district, street and number</source>
        <translation>市、区、街道及门牌号</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (from the invoice)</source>
        <translation>YYYY-MM-DD（以发票为准）</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>片区(&amp;Z)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>品类(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;urchase date</source>
        <translation>购买日期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>服务类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save call (Ctrl+Enter)</source>
        <translation>保存来电(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>In warranty until %1</source>
        <translation>保内，保修期至 %1</translation>
    </message>
    <message>
        <source>Out of warranty since %1; main parts covered until %2</source>
        <translation>整机已于 %1 超保；主要部件保修至 %2</translation>
    </message>
    <message>
        <source>Out of warranty since %1</source>
        <translation>保外，已于 %1 超保</translation>
    </message>
    <message>
        <source>Warranty unknown: the technician checks the invoice on site</source>
        <translation>保修状态未知：由技师上门时核对发票</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation>标记：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The call you were typing before the app closed is back; finish it or clear the form (Ctrl+L).</source>
        <translation>已恢复程序关闭前正在录入的来电；请继续填写，或清空表单 (Ctrl+L)。</translation>
    </message>
    <message>
        <source>Caller: phone (or last 4 digits), name, pinyin or address…</source>
        <translation>来电人：电话（或后 4 位）、姓名、拼音或地址…</translation>
    </message>
    <message>
        <source>Find a known caller as you type; ↓ moves into the list, Enter picks</source>
        <translation>边输入边查找已有来电人；按 ↓ 进入列表，按 Enter 选择</translation>
    </message>
    <message>
        <source>When the customer can be home, e.g. 明天上午 / after 18:00</source>
        <translation>用户方便在家的时间，例如 明天上午 / 18:00 以后</translation>
    </message>
    <message>
        <source>Why a different priority (required when you change it)</source>
        <translation>更改优先级的理由（更改时必填）</translation>
    </message>
    <message>
        <source>What the customer says is wrong</source>
        <translation>用户所述的故障</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>来电人信息</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>来电人(&amp;C)</translation>
    </message>
    <message>
        <source>Which appliance</source>
        <translation>电器信息</translation>
    </message>
    <message>
        <source>Appl&amp;iance</source>
        <translation>电器(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;erial</source>
        <translation>序列号(&amp;E)</translation>
    </message>
    <message>
        <source>What is wrong, and when</source>
        <translation>故障及上门时间</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>常见故障</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Log as &amp;reminder call (Ctrl+R)</source>
        <translation>记为催单(&amp;R) (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;lear (Ctrl+L)</source>
        <translation>清空(&amp;L) (Ctrl+L)</translation>
    </message>
    <message>
        <source>New appliance</source>
        <translation>新电器</translation>
    </message>
    <message>
        <source>Use this fault description (Alt+%1)</source>
        <translation>使用此故障描述 (Alt+%1)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>系统建议：%1</translation>
    </message>
    <message>
        <source>This appliance already has an open ticket, %1 (%2). Log this call as a reminder (Ctrl+R) instead of opening a second ticket.</source>
        <translation>该电器已有未完结的工单 %1（%2）。请将此次来电记为催单 (Ctrl+R)，不要再开第二张工单。</translation>
    </message>
    <message>
        <source>Repeat repair: %1 was completed on %2, within %3 days.</source>
        <translation>返修：%1 已于 %2 完工，距今不到 %3 天。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>the purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>the district and street of the address</source>
        <translation>地址中的区和街道</translation>
    </message>
    <message>
        <source>Can be saved, marked “needs verification”: %1 missing.</source>
        <translation>可以保存，但将标记为“需核实”：缺少%1。</translation>
    </message>
    <message>
        <source>Guided on the phone: %1</source>
        <translation>电话指导：%1</translation>
    </message>
    <message>
        <source>Saved as %1, but the guidance was not recorded: %2</source>
        <translation>已保存为 %1，但电话指导未能记录：%2</translation>
    </message>
    <message>
        <source>Saved as %1, solved on the phone. Callback due at %2.</source>
        <translation>已保存为 %1，已通过电话指导解决。应回访时间：%2。</translation>
    </message>
    <message>
        <source>There is no open ticket for this appliance to log a reminder on.</source>
        <translation>该电器没有未完结的工单，无法记录催单。</translation>
    </message>
    <message>
        <source>Reminder call (催单)</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>Reminder call (催单): %1</source>
        <translation>催单：%1</translation>
    </message>
    <message>
        <source>Reminder logged on %1; its priority was raised.</source>
        <translation>已在 %1 上记录催单，并已提高其优先级。</translation>
    </message>
    <message>
        <source>Pri&amp;ority</source>
        <translation>优先级(&amp;O)</translation>
    </message>
    <message>
        <source>Preferred &amp;time</source>
        <translation>期望上门时间(&amp;T)</translation>
    </message>
    <message>
        <source>Open a ticket for this call (Ctrl+Enter)</source>
        <translation>为此来电建立工单 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The customer was guided on the phone (R4): saved, and a callback is due in 2 hours (Ctrl+G)</source>
        <translation>已通过电话指导用户（R4）：保存工单，2 小时后回访 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add this call to the appliance&apos;s open ticket as a reminder (催单) and raise its urgency (Ctrl+R)</source>
        <translation>将此次来电作为催单记录到该电器未完结的工单上，并提高其紧急程度 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Discard this call and start a new one (Ctrl+L)</source>
        <translation>放弃此次来电，开始登记新来电 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Fault &amp;description</source>
        <translation>故障描述(&amp;D)</translation>
    </message>
    <message>
        <source>Channel (&amp;W)</source>
        <translation>来源渠道(&amp;W)</translation>
    </message>
    <message>
        <source>Solved &amp;by phone (Ctrl+G)</source>
        <translation>电话指导解决(&amp;B) (Ctrl+G)</translation>
    </message>
    <message>
        <source>Service contract…</source>
        <translation>服务协议…</translation>
    </message>
    <message>
        <source>The customer&apos;s service contract (维修服务合作协议): number, validity and what it covers; charges follow it while it is valid</source>
        <translation>用户的维修服务合作协议:编号、有效期及涵盖内容;有效期内按协议收费</translation>
    </message>
    <message>
        <source>Add appliance…</source>
        <translation>添加家电…</translation>
    </message>
    <message>
        <source>Add an appliance to the customer&apos;s record (用户档案) without opening a ticket</source>
        <translation>不开工单,把一台家电加入用户档案</translation>
    </message>
    <message>
        <source>Service contract %1: charged by the contract</source>
        <translation>服务协议 %1:按协议收费</translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation>请先找到用户。</translation>
    </message>
    <message>
        <source>Service contract of %1</source>
        <translation>%1 的服务协议</translation>
    </message>
    <message>
        <source>Charges follow the contract while it is valid, for what it covers; after it ends the normal warranty rules apply. Leave the number empty to remove the contract.</source>
        <translation>协议有效期内,其涵盖的项目按协议收费;到期后按正常保修规定。编号留空即删除协议。</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Valid from (yyyy-mm-dd)</source>
        <translation>生效日期(yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Valid until (yyyy-mm-dd)</source>
        <translation>到期日期(yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Covers the visit fee</source>
        <translation>涵盖上门费</translation>
    </message>
    <message>
        <source>Covers labour</source>
        <translation>涵盖维修费</translation>
    </message>
    <message>
        <source>Covers parts</source>
        <translation>涵盖备件</translation>
    </message>
    <message>
        <source>The service contract is removed.</source>
        <translation>服务协议已删除。</translation>
    </message>
    <message>
        <source>Service contract %1 saved.</source>
        <translation>服务协议 %1 已保存。</translation>
    </message>
    <message>
        <source>Add an appliance</source>
        <translation>添加家电</translation>
    </message>
    <message>
        <source>An appliance of this customer&apos;s for the record (用户档案): its warranty and maintenance follow from it.</source>
        <translation>把该用户的一台家电记入用户档案:保修和保养都以此为准。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Bought on (yyyy-mm-dd)</source>
        <translation>购买日期(yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Appliance added to the customer&apos;s record.</source>
        <translation>家电已加入用户档案。</translation>
    </message>
    <message>
        <source>Number of the ticket the complaint is about (optional)</source>
        <translation>投诉所涉及的工单号(可选)</translation>
    </message>
    <message>
        <source>About &amp;ticket</source>
        <translation>涉及工单(&amp;T)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <source>%1: a manager follows up</source>
        <translation>%1：由经理跟进</translation>
    </message>
</context>
<context>
    <name>KpiBreakdownModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>KpiComparisonModel</name>
    <message>
        <source>Double-click to see the tickets behind this number</source>
        <translation>双击查看此数字对应的工单明细</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期间</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Identifier</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>End of the appointment</source>
        <translation>预约结束时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason for overriding the schedule</source>
        <translation>强制安排的理由</translation>
    </message>
    <message>
        <source>Customer agreed</source>
        <translation>用户已同意</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>优先级理由</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来电渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>是否准时</translation>
    </message>
    <message>
        <source>Technician&apos;s conduct</source>
        <translation>技师服务规范</translation>
    </message>
    <message>
        <source>Customer reached</source>
        <translation>已联系到用户</translation>
    </message>
    <message>
        <source>Problem solved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>用户原话</translation>
    </message>
    <message>
        <source>Ticket complained about</source>
        <translation>投诉涉及的工单</translation>
    </message>
    <message>
        <source>Technician complained about</source>
        <translation>投诉涉及的技师</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Apology accepted</source>
        <translation>用户接受道歉</translation>
    </message>
    <message>
        <source>Appearance check</source>
        <translation>外观检查</translation>
    </message>
    <message>
        <source>Loaner unit</source>
        <translation>周转机</translation>
    </message>
    <message>
        <source>IOU</source>
        <translation>欠条</translation>
    </message>
    <message>
        <source>Second technician</source>
        <translation>协助技师</translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation>预计到货日期</translation>
    </message>
    <message>
        <source>Cause of the fault</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <source>Reason to charge as out of warranty</source>
        <translation>按保外收费的理由</translation>
    </message>
    <message>
        <source>Minutes waited</source>
        <translation>等候分钟数</translation>
    </message>
    <message>
        <source>Customer phoned</source>
        <translation>已致电用户</translation>
    </message>
    <message>
        <source>Neighbours asked</source>
        <translation>已询问邻居</translation>
    </message>
    <message>
        <source>Note left</source>
        <translation>已留言条</translation>
    </message>
    <message>
        <source>Customer refused entry</source>
        <translation>用户拒绝入户</translation>
    </message>
    <message>
        <source>Reminder call</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>Second ticket allowed</source>
        <translation>允许重复工单</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>方便时间</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Shift start</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Shift end</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Travel minutes</source>
        <translation>路程分钟数</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>保修期(月)</translation>
    </message>
    <message>
        <source>Main parts warranty (months)</source>
        <translation>主要部件保修期(月)</translation>
    </message>
    <message>
        <source>Main parts</source>
        <translation>主要部件</translation>
    </message>
    <message>
        <source>Maintenance interval (months)</source>
        <translation>保养周期(月)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>保障范围</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>安装单位</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Charged as on the receipt</source>
        <translation>按收据收费</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>用户已确认</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建单时间</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>建单人</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系时间</translation>
    </message>
    <message>
        <source>Contact the customer by</source>
        <translation>联系期限</translation>
    </message>
    <message>
        <source>On site by</source>
        <translation>上门期限</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation>出发期限</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Failed contact attempts</source>
        <translation>联系失败次数</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最近一次联系</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>上门次数</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>返修自</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>派工期限</translation>
    </message>
    <message>
        <source>Parts expected</source>
        <translation>配件预计到货</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Times not at home</source>
        <translation>用户不在家次数</translation>
    </message>
    <message>
        <source>Apology logged</source>
        <translation>已致歉</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>迟到分钟数</translation>
    </message>
    <message>
        <source>Goodwill gift</source>
        <translation>赠送礼品</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>送回上门</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>保障依据</translation>
    </message>
    <message>
        <source>Other appliances</source>
        <translation>其他家电</translation>
    </message>
    <message>
        <source>Sales leads</source>
        <translation>销售线索</translation>
    </message>
    <message>
        <source>From technician</source>
        <translation>原技师</translation>
    </message>
    <message>
        <source>To technician</source>
        <translation>新技师</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>第几次</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>建单</translation>
    </message>
    <message>
        <source>Reminder call (催单)</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>Details verified</source>
        <translation>信息已核实</translation>
    </message>
    <message>
        <source>Solved by phone</source>
        <translation>电话指导解决</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>联系用户</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>已联系用户</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Given to another technician</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Technician left</source>
        <translation>技师出发</translation>
    </message>
    <message>
        <source>Technician arrived</source>
        <translation>技师到达</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>待件</translation>
    </message>
    <message>
        <source>Pulled back to the workshop</source>
        <translation>拉修</translation>
    </message>
    <message>
        <source>Second technician requested</source>
        <translation>请求协助</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Callback: customer not reached</source>
        <translation>回访未接通</translation>
    </message>
    <message>
        <source>Callback: customer unreachable</source>
        <translation>回访联系不上</translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Schedule conflict overridden</source>
        <translation>强制安排</translation>
    </message>
    <message>
        <source>Loaner unit returned</source>
        <translation>周转机已归还</translation>
    </message>
    <message>
        <source>Customer not at home</source>
        <translation>用户不在家</translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation>配件到货</translation>
    </message>
    <message>
        <source>Manager&apos;s task created</source>
        <translation>创建经理任务</translation>
    </message>
    <message>
        <source>Manager&apos;s task done</source>
        <translation>经理任务完成</translation>
    </message>
    <message>
        <source>Apology answered</source>
        <translation>道歉答复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>投诉跟进</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>投诉已解决</translation>
    </message>
    <message>
        <source>change a rule setting</source>
        <translation>修改规则参数</translation>
    </message>
    <message>
        <source>save a zone</source>
        <translation>保存片区</translation>
    </message>
    <message>
        <source>save a technician</source>
        <translation>保存技师</translation>
    </message>
    <message>
        <source>save a category</source>
        <translation>保存品类</translation>
    </message>
    <message>
        <source>save a part</source>
        <translation>保存配件</translation>
    </message>
    <message>
        <source>save a fee</source>
        <translation>保存收费项目</translation>
    </message>
    <message>
        <source>save a user</source>
        <translation>保存用户账号</translation>
    </message>
    <message>
        <source>save a customer</source>
        <translation>保存用户档案</translation>
    </message>
    <message>
        <source>register an appliance</source>
        <translation>登记产品</translation>
    </message>
    <message>
        <source>open a ticket</source>
        <translation>建单</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>mark details verified</source>
        <translation>核实信息</translation>
    </message>
    <message>
        <source>record a phone solution</source>
        <translation>记录电话指导</translation>
    </message>
    <message>
        <source>dispatch a ticket</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>record a contact attempt</source>
        <translation>记录联系用户</translation>
    </message>
    <message>
        <source>agree a new time</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>give a ticket to another technician</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>record the departure</source>
        <translation>记录出发</translation>
    </message>
    <message>
        <source>record the arrival</source>
        <translation>记录上门</translation>
    </message>
    <message>
        <source>put a ticket to wait for parts</source>
        <translation>待件</translation>
    </message>
    <message>
        <source>pull an appliance back to the workshop</source>
        <translation>拉修</translation>
    </message>
    <message>
        <source>send a second technician</source>
        <translation>增派技师</translation>
    </message>
    <message>
        <source>complete a ticket</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>record a payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>cancel a ticket</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>record a callback</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>follow up a complaint</source>
        <translation>跟进投诉</translation>
    </message>
    <message>
        <source>resolve a complaint</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <source>record the apology&apos;s answer</source>
        <translation>记录道歉答复</translation>
    </message>
    <message>
        <source>record a customer not at home</source>
        <translation>记录用户不在家</translation>
    </message>
    <message>
        <source>record parts arrived</source>
        <translation>记录配件到货</translation>
    </message>
    <message>
        <source>close a manager&apos;s task</source>
        <translation>完成经理任务</translation>
    </message>
    <message>
        <source>save a loaner unit</source>
        <translation>保存周转机</translation>
    </message>
    <message>
        <source>take a loaner unit back</source>
        <translation>归还周转机</translation>
    </message>
    <message>
        <source>record a customer contacted</source>
        <translation>记录已联系</translation>
    </message>
    <message>
        <source>import customers</source>
        <translation>导入用户</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 第%2项</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Contract valid from</source>
        <translation>合同生效日期</translation>
    </message>
    <message>
        <source>Contract valid until</source>
        <translation>合同截止日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Apology refused</source>
        <translation>用户不接受道歉</translation>
    </message>
    <message>
        <source>Product defect</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装问题</translation>
    </message>
    <message>
        <source>Misuse</source>
        <translation>使用不当</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>正常损耗</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>answer pending</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>上门报修</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>replaced by a new appointment</source>
        <translation>已由新预约取代</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>lent out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>at the centre</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Apology not accepted: the manager visits</source>
        <translation>用户不接受道歉:经理上门</translation>
    </message>
    <message>
        <source>Entry refused: the manager visits</source>
        <translation>用户拒绝进门:经理上门</translation>
    </message>
    <message>
        <source>Serious complaint: the manager follows it</source>
        <translation>严重投诉:经理跟进</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language (from the next start)</source>
        <translation>语言(&amp;L)（下次启动时生效）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Dispatch Desk starts in this language next time</source>
        <translation>Dispatch Desk 下次启动时将使用此语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispatch Desk</source>
        <translation>Dispatch Desk 售后派工台</translation>
    </message>
    <message>
        <source>Intake (F2)</source>
        <translation>来电登记 (F2)</translation>
    </message>
    <message>
        <source>Dispatch board (F3)</source>
        <translation>派工看板 (F3)</translation>
    </message>
    <message>
        <source>Callbacks (F4)</source>
        <translation>回访 (F4)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>来电登记(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dispatch board</source>
        <translation>派工看板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Callbacks</source>
        <translation>回访(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>新来电(&amp;N)</translation>
    </message>
    <message>
        <source>Local only (no server configured)</source>
        <translation>仅本地（未配置服务器）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n 条未处理预警</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints (F5)</source>
        <translation>投诉 (F5)</translation>
    </message>
    <message>
        <source>Reports (F6)</source>
        <translation>统计报表 (F6)</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>统计报表(&amp;R)</translation>
    </message>
    <message>
        <source>Admin (F7)</source>
        <translation>系统管理 (F7)</translation>
    </message>
    <message>
        <source>&amp;Back up the desk…</source>
        <translation>备份工作台数据(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up the desk</source>
        <translation>备份工作台数据</translation>
    </message>
    <message>
        <source>dispatchdesk-backup-%1.sqlite</source>
        <translation>dispatchdesk-backup-%1.sqlite</translation>
    </message>
    <message>
        <source>Desk database (*.sqlite)</source>
        <translation>工作台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A consistent copy of the desk&apos;s data, made while you keep working</source>
        <translation>生成工作台数据的一致性副本，备份期间可继续工作</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the desk&apos;s data with %1? The current data is kept beside it as a file named …before-restore-….</source>
        <translation>要用 %1 替换工作台的数据吗？当前数据将以名为 …before-restore-… 的文件保留在同一位置。</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <source>Replace the desk&apos;s data with a backup; the current data is kept</source>
        <translation>用备份替换工作台的数据；当前数据会被保留</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>导入用户(&amp;I)…</translation>
    </message>
    <message>
        <source>Customers and their appliances from a spreadsheet saved as CSV</source>
        <translation>从另存为 CSV 的电子表格导入用户及其电器</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>系统管理(&amp;A)</translation>
    </message>
    <message>
        <source>The language changes the next time Dispatch Desk starts.</source>
        <translation>语言将在 Dispatch Desk 下次启动时切换。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Online, synced %1</source>
        <translation>在线，已于 %1 同步</translation>
    </message>
    <message>
        <source>Offline (last sync %1)</source>
        <translation>离线（上次同步：%1）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n 条待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n 条被服务器拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Log a customer&apos;s call and open a ticket (F2)</source>
        <translation>登记客户来电并建立工单 (F2)</translation>
    </message>
    <message>
        <source>Dispatch open tickets to technicians and track them to completion (F3)</source>
        <translation>将未完结的工单派工给技术人员，并跟踪至完工 (F3)</translation>
    </message>
    <message>
        <source>Phone customers back after the repair and record their answers (F4)</source>
        <translation>维修后电话回访客户并记录回答 (F4)</translation>
    </message>
    <message>
        <source>Register customer complaints and track them until they are resolved (F5)</source>
        <translation>登记客户投诉并跟踪至解决 (F5)</translation>
    </message>
    <message>
        <source>Key figures, trends, daily reports and outlet claims (F6)</source>
        <translation>关键指标、趋势、日报表和网点索赔 (F6)</translation>
    </message>
    <message>
        <source>Users, technicians, zones, warranty, fees, parts and rule settings (F7)</source>
        <translation>用户、技术人员、片区、保修、收费标准、配件和规则参数 (F7)</translation>
    </message>
    <message>
        <source>Close Dispatch Desk; everything saved stays in the desk database (%1)</source>
        <translation>关闭 Dispatch Desk；已保存的内容都保留在工作台数据库中 (%1)</translation>
    </message>
    <message>
        <source>Clear the intake form for the next call (%1)</source>
        <translation>清空来电登记表，准备登记下一个来电 (%1)</translation>
    </message>
    <message>
        <source>The language of the console, from its next start</source>
        <translation>界面语言，下次启动时生效</translation>
    </message>
    <message>
        <source>Every key of the console, by workspace (F1)</source>
        <translation>按工作区列出本程序的全部快捷键 (F1)</translation>
    </message>
    <message>
        <source>Online: changes are sent to the server every second</source>
        <translation>在线：更改每秒发送到服务器</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent when the server is back</source>
        <translation>离线：更改已保留，服务器恢复后再发送</translation>
    </message>
    <message>
        <source>Central &amp;server…</source>
        <translation>中心服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>The server setting is used from the next start of Dispatch Desk.</source>
        <translation>服务器设置将在下次启动派工台时生效。</translation>
    </message>
    <message>
        <source>Where this desk syncs with the other desks (admin only)</source>
        <translation>本工作台与其他工作台同步所用的服务器（仅限管理员）</translation>
    </message>
    <message>
        <source>&amp;Find a ticket or customer…</source>
        <translation>查找工单或用户(&amp;F)…</translation>
    </message>
    <message>
        <source>Any ticket by its number or last digits, any customer by phone, name, pinyin or address (Ctrl+K)</source>
        <translation>按工单号或其末几位查找任何工单，按电话、姓名、拼音或地址查找任何用户 (Ctrl+K)</translation>
    </message>
    <message>
        <source>The server refused to %1: %2</source>
        <translation>服务器拒绝%1：%2</translation>
    </message>
</context>
<context>
    <name>PartCatalogueModel</name>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Catalogue price</source>
        <translation>目录价</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>a dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>a clerk</source>
        <translation>信息员</translation>
    </message>
    <message>
        <source>%1 is %2 and may not give %3; that needs %4 or above.</source>
        <translation>%1 的角色是%2，无权发出 %3；该命令需要%4或更高角色。</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, brackets, dashes and a leading + belong in one.</source>
        <translation>“%1”不是电话号码：电话号码只能包含数字、空格、括号、横线以及开头的 +。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as a phone number.</source>
        <translation>无法将“%1”识别为电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile number: a Chinese mobile number has 11 digits.</source>
        <translation>“%1”不是有效的手机号码：中国手机号码为 11 位数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid landline: check the area code and the number of digits.</source>
        <translation>“%1”不是有效的座机号码：请检查区号和号码位数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Landlines need their area code (for example 010-12345678).</source>
        <translation>“%1”不是有效的电话号码。座机号码需要加区号（例如 010-12345678）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Dispatch Desk</source>
        <translation>Dispatch Desk 售后派工台</translation>
    </message>
    <message>
        <source>%1 The desk will not trust the server until File → Central server… names a certificate it can read.</source>
        <translation>%1 在“文件 → 中心服务器…”中指定一个可读取的证书之前，本工作台不会信任该服务器。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>Not logged in to the server (%1). The desk works on its own and keeps everything for later.</source>
        <translation>未登录服务器（%1）。工作台将单机运行，所有数据都会保留，待连接后再同步。</translation>
    </message>
    <message>
        <source>The desk&apos;s database %1 is missing. It held this desk&apos;s work (device %2), with anything not yet sent to the central server. Restore it from a backup (File → Backup made one), or start an empty desk only if that work is really gone.</source>
        <translation>服务台数据库 %1 不见了。它保存着本服务台的工作(设备 %2),包括尚未发送到中心服务器的内容。请从备份恢复(用“文件 → 备份”做的备份);只有确认这些工作已无法找回时,才新建空的服务台。</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Start an empty desk</source>
        <translation>新建空的服务台</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Desk databases (*.sqlite *.db)</source>
        <translation>服务台数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Nothing was restored; the desk did not start.</source>
        <translation>没有恢复任何数据;服务台未启动。</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>The line is not valid JSON (%1 at character %2).</source>
        <translation>该行不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>The line is JSON but not an object; each line must be one command object.</source>
        <translation>该行是 JSON，但不是对象；每一行必须是一个命令对象。</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>after phone guidance (2 h)</source>
        <translation>电话指导后（2 小时）</translation>
    </message>
    <message>
        <source>after the visit (24 h)</source>
        <translation>上门服务后（24 小时）</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be 1 to 16 characters without spaces.</source>
        <translation>%1 必须为 1 到 16 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的设置项。</translation>
    </message>
    <message>
        <source>%1 must be 1 to 60 characters.</source>
        <translation>%1 须为 1 到 60 个字符。</translation>
    </message>
</context>
<context>
    <name>RuleSettingsModel</name>
    <message>
        <source>Alert the board this long before the on-site deadline</source>
        <translation>在上门时限前多久在看板上预警</translation>
    </message>
    <message>
        <source>Next callback try after the customer did not answer</source>
        <translation>用户未接听后再次回访的间隔</translation>
    </message>
    <message>
        <source>Length of an appointment when none is given</source>
        <translation>未指定时的预约时长</translation>
    </message>
    <message>
        <source>The desk&apos;s time zone, in minutes east of UTC</source>
        <translation>工作台所在时区（UTC 以东的分钟数）</translation>
    </message>
    <message>
        <source>Letters in front of every ticket number</source>
        <translation>工单号前缀字母</translation>
    </message>
    <message>
        <source>This desk&apos;s name for sync</source>
        <translation>本工作台的同步名称</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>The default value</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Changed from the default (%1)</source>
        <translation>已修改（默认值：%1）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 is now %2 %3.</source>
        <translation>“%1”现为 %2 %3。</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>The centre&apos;s name, printed on the receipt, dispatch sheet and fee card</source>
        <translation>服务中心名称,印在回执单、派工单和收费标准卡上</translation>
    </message>
    <message>
        <source>The service hotline customers call</source>
        <translation>用户拨打的服务热线</translation>
    </message>
    <message>
        <source>The supervision and complaint number (监督电话) printed for customers</source>
        <translation>印给用户的投诉监督电话</translation>
    </message>
    <message>
        <source>Callback after the customer was guided on the phone</source>
        <translation>电话指导后回访的时限</translation>
    </message>
    <message>
        <source>Technician on site within this time of dispatch</source>
        <translation>派工后技师须在此时间内上门</translation>
    </message>
    <message>
        <source>Technician calls the customer within this time of dispatch</source>
        <translation>派工后技师须在此时间内联系用户</translation>
    </message>
    <message>
        <source>Next call after the customer did not answer</source>
        <translation>用户未接听后再次拨打的间隔</translation>
    </message>
    <message>
        <source>Unanswered calls before the ticket is unreachable</source>
        <translation>未接通多少次后工单记为联系不上</translation>
    </message>
    <message>
        <source>Late by more than this: goodwill gift, and the customer&apos;s answer to the apology</source>
        <translation>迟到超过此时长:赠送小礼品,并记录用户是否接受道歉</translation>
    </message>
    <message>
        <source>An urgent or high new ticket is dispatched within</source>
        <translation>紧急或高优先级新工单的派工时限</translation>
    </message>
    <message>
        <source>Any other new ticket is dispatched within</source>
        <translation>其他新工单的派工时限</translation>
    </message>
    <message>
        <source>A manager&apos;s task is due within</source>
        <translation>经理任务的完成时限</translation>
    </message>
    <message>
        <source>The technician waits at the door at least this long before leaving</source>
        <translation>技术员离开前在门口至少等候</translation>
    </message>
    <message>
        <source>Not at home this many times raises an alert</source>
        <translation>用户不在家达到此次数时报警</translation>
    </message>
    <message>
        <source>Callback due this long after completion</source>
        <translation>完工后应回访的时限</translation>
    </message>
    <message>
        <source>Callback tries before it is closed as unreachable</source>
        <translation>回访拨打多少次后按联系不上关闭</translation>
    </message>
    <message>
        <source>A repair within this many days of the last one is a repeat repair</source>
        <translation>距上次维修在此天数内再次维修即为返修</translation>
    </message>
    <message>
        <source>A complaint must be resolved within</source>
        <translation>投诉须在此时间内解决</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <source>%1–%2 is outside %3&apos;s shift (%4–%5)</source>
        <translation>%1–%2 不在%3的班次时间（%4–%5）内</translation>
    </message>
    <message>
        <source>it overlaps %1&apos;s appointment for %2 (%3–%4)</source>
        <translation>与%1为工单 %2 安排的预约（%3–%4）时间重叠</translation>
    </message>
    <message>
        <source>%1 cannot arrive by %2: the previous appointment ends at %3 and the journey takes %4 min</source>
        <translation>%1 无法在 %2 前到达：上一个预约 %3 结束，路程需要 %4 分钟</translation>
    </message>
    <message>
        <source>%1 cannot reach the next appointment at %2: this one ends at %3 and the journey takes %4 min</source>
        <translation>%1 赶不上 %2 的下一个预约：本次预约 %3 结束，路程需要 %4 分钟</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Drag a ticket from the list onto a technician&apos;s lane to dispatch it at that time; double-click a visit to select its ticket</source>
        <translation>将工单从列表拖到技师的时间轴上，即按该时间派工；双击某次上门可选中其工单</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>上门中</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>https://desk.example.com:8470 — empty: this desk works alone</source>
        <translation>https://desk.example.com:8470 —— 留空：本工作台单机运行</translation>
    </message>
    <message>
        <source>The address of the centre&apos;s dispatchdesk-server</source>
        <translation>服务中心 dispatchdesk-server 的地址</translation>
    </message>
    <message>
        <source>Optional: the centre&apos;s own certificate (PEM) for https</source>
        <translation>可选：服务中心自己的 https 证书（PEM）</translation>
    </message>
    <message>
        <source>Trust only this certificate for the server: the desk refuses any other</source>
        <translation>只信任此服务器证书：工作台拒绝任何其他证书</translation>
    </message>
    <message>
        <source>Head office only: the outlet this desk works for</source>
        <translation>仅限总部：本工作台所服务的网点</translation>
    </message>
    <message>
        <source>A head-office account sees every outlet and names the one its commands are for</source>
        <translation>总部账号可查看所有网点，提交命令时需注明所属网点</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>Certificate of the server</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>网点(&amp;O)：</translation>
    </message>
    <message>
        <source>Used from the next start of Dispatch Desk. Without a server the desk works the same, alone.</source>
        <translation>下次启动派工台时生效。没有服务器时，工作台单机运行，功能完全相同。</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the address whether a Dispatch Desk server answers there</source>
        <translation>检测该地址上是否有派工台服务器应答</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read.</source>
        <translation>无法读取证书 %1。</translation>
    </message>
    <message>
        <source>An outlet&apos;s name has at most 64 characters.</source>
        <translation>网点名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>No server: this desk works alone.</source>
        <translation>未设置服务器：本工作台单机运行。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
</context>
<context>
    <name>ServiceContract</name>
    <message>
        <source>contract must give the agreement&apos;s number, the dates it is valid and what it covers (visit, labour, parts), or be empty to remove it.</source>
        <translation>服务协议须写明编号、有效期和涵盖内容(上门费、维修费、备件),或留空以删除协议。</translation>
    </message>
    <message>
        <source>The contract ends (%1) before it starts (%2).</source>
        <translation>协议到期日(%1)早于生效日(%2)。</translation>
    </message>
    <message>
        <source>Say what the contract covers: the visit, labour, parts or several.</source>
        <translation>请说明协议涵盖什么:上门费、维修费、备件,可多选。</translation>
    </message>
    <message>
        <source>A contract covers the visit (visit), labour (labour) or parts (parts), not &quot;%1&quot;.</source>
        <translation>协议只能涵盖上门费、维修费或备件,不能是“%1”。</translation>
    </message>
    <message>
        <source>the visit</source>
        <translation>上门费</translation>
    </message>
    <message>
        <source>labour</source>
        <translation>维修费</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>%1, %2, covers %3</source>
        <translation>%1,%2,涵盖%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalogue</name>
    <message>
        <source>Yes to the current question</source>
        <translation>当前问题回答“是”</translation>
    </message>
    <message>
        <source>No to the current question</source>
        <translation>当前问题回答“否”</translation>
    </message>
    <message>
        <source>Satisfied (满意)</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied (基本满意)</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied (不满意)</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not reached: the next try is scheduled</source>
        <translation>未接通：安排下次拨打</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>返回上一题</translation>
    </message>
    <message>
        <source>Record the callback</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Go to the filter</source>
        <translation>转到筛选框</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+6</source>
        <translation>Alt+1 … Alt+6</translation>
    </message>
    <message>
        <source>Use one of the faults most often reported for the category</source>
        <translation>使用该品类最常见的故障描述之一</translation>
    </message>
    <message>
        <source>The quick fault buttons appear once a category is chosen</source>
        <translation>选择品类后才会出现常见故障快捷按钮</translation>
    </message>
    <message>
        <source>↓ / Enter</source>
        <translation>↓ / Enter</translation>
    </message>
    <message>
        <source>In the caller field: choose a known customer from the matches</source>
        <translation>在来电人栏中：从匹配结果中选择已有用户</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the list of matches</source>
        <translation>关闭匹配列表</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Choose a ticket on the board</source>
        <translation>在看板上选择工单</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the suggestions: assign the ticket to that technician</source>
        <translation>在推荐技师中：将工单派给该技师</translation>
    </message>
    <message>
        <source>Choose a callback in the queue</source>
        <translation>在队列中选择回访</translation>
    </message>
    <message>
        <source>Double-click or type</source>
        <translation>双击或直接输入</translation>
    </message>
    <message>
        <source>Change a name, amount, travel time or rule value in place</source>
        <translation>就地修改名称、金额、路程时间或规则数值</translation>
    </message>
    <message>
        <source>Menu %1</source>
        <translation>%1菜单</translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Single-letter keys of the board work while the ticket list has the focus; the callback keys anywhere in the callback workspace. Point at a line for more.</source>
        <translation>看板的单字母快捷键在工单列表获得焦点时有效；回访快捷键在回访工作区内任何位置均有效。将鼠标指向某一行可查看详细说明。</translation>
    </message>
</context>
<context>
    <name>SupervisorText</name>
    <message>
        <source>Tickets opened</source>
        <translation>新建工单数</translation>
    </message>
    <message>
        <source>Call → dispatch, median</source>
        <translation>来电 → 派工，中位数</translation>
    </message>
    <message>
        <source>Call → dispatch, p90</source>
        <translation>来电 → 派工，P90</translation>
    </message>
    <message>
        <source>Dispatch → first contact, median</source>
        <translation>派工 → 首次联系，中位数</translation>
    </message>
    <message>
        <source>Dispatch → first contact, p90</source>
        <translation>派工 → 首次联系，P90</translation>
    </message>
    <message>
        <source>Call → dispatch, average</source>
        <translation>来电 → 派工，平均值</translation>
    </message>
    <message>
        <source>Dispatch → first contact, average</source>
        <translation>派工 → 首次联系，平均值</translation>
    </message>
    <message>
        <source>On-time arrival</source>
        <translation>准时上门率</translation>
    </message>
    <message>
        <source>On site within 3 hours</source>
        <translation>3小时上门达成率</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Repeat repairs (30 days)</source>
        <translation>返修率（30 天）</translation>
    </message>
    <message>
        <source>Callbacks within 24 h</source>
        <translation>24 小时内回访率</translation>
    </message>
    <message>
        <source>Callbacks reached</source>
        <translation>回访接通率</translation>
    </message>
    <message>
        <source>Satisfied (满意) of reached</source>
        <translation>满意率（“满意”占已接通回访）</translation>
    </message>
    <message>
        <source>Complaints per 100 tickets</source>
        <translation>每百单投诉数</translation>
    </message>
    <message>
        <source>Charges collected</source>
        <translation>已收费用</translation>
    </message>
    <message>
        <source>Charges still open</source>
        <translation>未收费用</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>%1%2 min</source>
        <translation>%1%2 分钟</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved, awaiting the customer</source>
        <translation>已解决，待用户确认</translation>
    </message>
    <message>
        <source>Closed, customer confirmed</source>
        <translation>已关闭，用户已确认</translation>
    </message>
    <message>
        <source>Callback made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Unreachable after the last try</source>
        <translation>最后一次拨打仍联系不上</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>工单已重开</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>已登记投诉</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品品类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>Manager&apos;s task</source>
        <translation>经理任务</translation>
    </message>
    <message>
        <source>Customer not at home</source>
        <translation>用户不在家</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>The server is missing earlier commands of this desk (%1).</source>
        <translation>服务器缺少本工作台之前的命令（%1）。</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s data to %1.</source>
        <translation>无法将服务器的数据写入 %1。</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>无法从 %1 读取证书。</translation>
    </message>
    <message>
        <source>The connection broke during the server&apos;s answer: %1</source>
        <translation>接收服务器应答时连接中断：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>无法读取服务器的应答。</translation>
    </message>
    <message>
        <source>%1 is not a server address: write it as https://host:8470 or http://host:8470.</source>
        <translation>%1 不是服务器地址：请写成 https://主机:8470 或 http://主机:8470。</translation>
    </message>
    <message>
        <source>A Dispatch Desk server answers at %1.</source>
        <translation>%1 上有派工台服务器应答。</translation>
    </message>
    <message>
        <source>Something answers at %1 (HTTP %2), but it is not a Dispatch Desk server.</source>
        <translation>%1 有应答（HTTP %2），但不是派工台服务器。</translation>
    </message>
    <message>
        <source>The desk could not save what the server sent: %1. Nothing of it was kept; the next round tries again.</source>
        <translation>工作台无法保存服务器发来的数据：%1。这些数据均未保留，下一轮同步时会重试。</translation>
    </message>
</context>
<context>
    <name>SyncServer</name>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>无法连接 PostgreSQL：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the PostgreSQL schema: %1</source>
        <translation>无法准备 PostgreSQL 数据库结构：%1</translation>
    </message>
    <message>
        <source>libsodium could not start.</source>
        <translation>libsodium 无法初始化。</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <source>cursor must be a whole number of 0 or more.</source>
        <translation>cursor 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Cannot listen on port %1.</source>
        <translation>无法监听端口 %1。</translation>
    </message>
    <message>
        <source>Out of memory while hashing the password.</source>
        <translation>计算密码哈希时内存不足。</translation>
    </message>
    <message>
        <source>Send {&quot;user&quot;: …, &quot;password&quot;: …}.</source>
        <translation>请发送 {&quot;user&quot;: …, &quot;password&quot;: …}。</translation>
    </message>
    <message>
        <source>Wrong user or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>请求不是 JSON 对象。</translation>
    </message>
    <message>
        <source>device_id is missing or too long.</source>
        <translation>缺少 device_id，或其过长。</translation>
    </message>
    <message>
        <source>This server speaks protocol %1; update the desk.</source>
        <translation>本服务器使用协议版本 %1；请升级工作台程序。</translation>
    </message>
    <message>
        <source>At most %1 commands per push.</source>
        <translation>每次推送最多 %1 条命令。</translation>
    </message>
    <message>
        <source>Each command needs a mutation_id (1, 2, …) and the command object.</source>
        <translation>每条命令都需要 mutation_id（1、2、…）和命令对象。</translation>
    </message>
    <message>
        <source>The database is not available: %1</source>
        <translation>数据库不可用：%1</translation>
    </message>
    <message>
        <source>This device is registered to another user.</source>
        <translation>此设备已登记在其他操作员名下。</translation>
    </message>
    <message>
        <source>Commands are missing before %1.</source>
        <translation>%1 之前缺少命令。</translation>
    </message>
    <message>
        <source>A command must be given by the user who is logged in (%1).</source>
        <translation>命令必须由当前登录的操作员（%1）发出。</translation>
    </message>
    <message>
        <source>Cannot listen for changes in PostgreSQL: %1</source>
        <translation>无法监听 PostgreSQL 的变更通知：%1</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1 or its key %2.</source>
        <translation>无法读取 TLS 证书 %1 或其私钥 %2。</translation>
    </message>
    <message>
        <source>The TLS certificate %1 or its key %2 is not valid PEM.</source>
        <translation>TLS 证书 %1 或其私钥 %2 不是有效的 PEM 格式。</translation>
    </message>
    <message>
        <source>An outlet is named with letters, digits, - and _ (at most %1), or * for the head office.</source>
        <translation>网点名称只能包含字母、数字、- 和 _（最多 %1 个字符），总部用 *。</translation>
    </message>
    <message>
        <source>Send {&quot;refresh_token&quot;: …}.</source>
        <translation>请发送 {&quot;refresh_token&quot;: …}。</translation>
    </message>
    <message>
        <source>The login has expired: log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>Log in first (no token was sent).</source>
        <translation>请先登录（请求未带令牌）。</translation>
    </message>
    <message>
        <source>Log in first (the token is not known).</source>
        <translation>请先登录（令牌无效）。</translation>
    </message>
    <message>
        <source>The token has expired: refresh it or log in again.</source>
        <translation>令牌已过期，请刷新或重新登录。</translation>
    </message>
    <message>
        <source>No outlet is named %1.</source>
        <translation>没有名为 %1 的网点。</translation>
    </message>
    <message>
        <source>%1 works for outlet %2 and cannot read outlet %3.</source>
        <translation>%1 属于网点 %2，无权查看网点 %3 的数据。</translation>
    </message>
    <message>
        <source>commands must be a list.</source>
        <translation>commands 必须是列表。</translation>
    </message>
    <message>
        <source>A head-office desk names the outlet its commands are for.</source>
        <translation>总部工作台提交命令时必须注明所属网点。</translation>
    </message>
    <message>
        <source>%1 works for outlet %2 and cannot give commands for outlet %3.</source>
        <translation>%1 属于网点 %2，无权为网点 %3 提交命令。</translation>
    </message>
    <message>
        <source>The poke channel is a WebSocket: ask with Upgrade.</source>
        <translation>通知通道是 WebSocket：请以 Upgrade 方式请求。</translation>
    </message>
    <message>
        <source>The central database is not available just now; the desk keeps its work and sends it later.</source>
        <translation>中心数据库暂时不可用;服务台会保留工作内容,稍后再发送。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少 8 个字符。</translation>
    </message>
    <message>
        <source>A password is not only digits (a phone number or a birthday is guessed first).</source>
        <translation>密码不能全是数字(电话号码或生日最先被猜到)。</translation>
    </message>
    <message>
        <source>A password is not the user&apos;s own name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>Name the user (at most 200 characters).</source>
        <translation>请给出用户名(最多 200 个字符)。</translation>
    </message>
    <message>
        <source>The only account role the server sets is admin (the centre&apos;s first administrator).</source>
        <translation>服务器只设置 admin 这一种账户角色(中心的第一位管理员)。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in %1 minute(s), or ask the administrator.</source>
        <translation>密码错误次数过多:请 %1 分钟后再试,或联系管理员。</translation>
    </message>
    <message>
        <source>%1 is no longer an active user of this centre.</source>
        <translation>%1 已不是本中心的在用用户。</translation>
    </message>
    <message>
        <source>The command is larger than %1 KB; nothing a desk types is that long.</source>
        <translation>该操作超过 %1 KB;服务台输入的内容不会这么长。</translation>
    </message>
    <message>
        <source>The command&apos;s time (%1) is too far from the server&apos;s clock (%2): check the desk&apos;s date and time.</source>
        <translation>该操作的时间(%1)与服务器时钟(%2)相差太远:请检查服务台电脑的日期和时间。</translation>
    </message>
    <message>
        <source>%1 is not a user of outlet %2: the administrator adds the user at a desk first.</source>
        <translation>%1 不是网点 %2 的用户:请管理员先在服务台添加该用户。</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>请求头过大。</translation>
    </message>
    <message>
        <source>The request&apos;s length is not a number.</source>
        <translation>请求长度不是数字。</translation>
    </message>
    <message>
        <source>Request too large: at most %1 MB.</source>
        <translation>请求过大:最多 %1 MB。</translation>
    </message>
    <message>
        <source>Send the request&apos;s length (Content-Length).</source>
        <translation>请给出请求长度(Content-Length)。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>没有可列出的内容。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TechnicianModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Skills (categories)</source>
        <translation>技能（品类）</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>TechnicianRanking</name>
    <message>
        <source>installed this product</source>
        <translation>安装过此产品</translation>
    </message>
    <message>
        <source>serviced this product last</source>
        <translation>上次维修过此产品</translation>
    </message>
    <message>
        <source>skilled in %1</source>
        <translation>具备%1技能</translation>
    </message>
    <message>
        <source>no skill for %1</source>
        <translation>不具备%1技能</translation>
    </message>
    <message>
        <source>covers %1</source>
        <translation>负责%1</translation>
    </message>
    <message>
        <source>outside their zones</source>
        <translation>不在其负责片区</translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation>
            <numerusform>%n 个在办工单</numerusform>
        </translation>
    </message>
    <message>
        <source>no free time in the next three days</source>
        <translation>未来三天没有空闲</translation>
    </message>
    <message>
        <source>free now</source>
        <translation>现在有空</translation>
    </message>
    <message>
        <source>free from %1</source>
        <translation>%1 起有空</translation>
    </message>
    <message>
        <source>next free %1, after the deadline</source>
        <translation>%1 才有空,已过上门期限</translation>
    </message>
</context>
<context>
    <name>TicketDrillDialog</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Meets the KPI</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Export these tickets</source>
        <translation>导出这些工单</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) behind this number</source>
        <translation>
            <numerusform>此数字对应 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save these tickets, as an Excel workbook or CSV</source>
        <translation>保存这些工单,存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>tickets.xlsx</source>
        <translation>工单.xlsx</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>TicketStates</name>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>guided by phone</source>
        <translation>电话指导</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation>已联系用户</translation>
    </message>
    <message>
        <source>technician en route</source>
        <translation>技师在途</translation>
    </message>
    <message>
        <source>technician on site</source>
        <translation>技师已上门</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>pulled back to workshop</source>
        <translation>已拉修</translation>
    </message>
    <message>
        <source>awaiting parts</source>
        <translation>待件</translation>
    </message>
    <message>
        <source>customer unreachable</source>
        <translation>联系不上用户</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not possible while the ticket is %1: to %2 the ticket must be %3.</source>
        <translation>工单当前为“%1”，无法%2：此操作要求工单为：%3。</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline of %1</source>
        <translation>%1 的时间线</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Every changed field</source>
        <translation>所有变更字段</translation>
    </message>
    <message>
        <source>What happened to the ticket</source>
        <translation>工单经过</translation>
    </message>
    <message>
        <source>Show every changed &amp;field</source>
        <translation>显示所有变更字段(&amp;F)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>Info clerk</source>
        <translation>信息员</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>操作员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <source>Who is working?</source>
        <translation>谁在值班？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose your name. Everything you do is recorded under it.</source>
        <translation>请选择您的姓名。您的所有操作都将记录在此姓名下。</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 cannot be opened (the file is damaged or has a password)</source>
        <translation>%1无法打开(文件已损坏或设有密码)</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1.</source>
        <translation>无法读取该工作簿:%1。</translation>
    </message>
    <message>
        <source>it is an old Excel 97–2003 (.xls) file or an encrypted workbook; save it as .xlsx</source>
        <translation>这是旧版 Excel 97–2003(.xls)文件或加密的工作簿;请另存为 .xlsx</translation>
    </message>
    <message>
        <source>it is not an .xlsx file (not a ZIP container)</source>
        <translation>它不是 .xlsx 文件(不是 ZIP 压缩包)</translation>
    </message>
    <message>
        <source>the list of sheets</source>
        <translation>工作表清单</translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation>其中没有工作表</translation>
    </message>
    <message>
        <source>the workbook&apos;s texts</source>
        <translation>工作簿的文字内容</translation>
    </message>
    <message>
        <source>the cell formats</source>
        <translation>单元格格式</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has a row beyond row %2</source>
        <translation>工作表“%1”的行数超过 %2 行</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has too many cells</source>
        <translation>工作表“%1”的单元格过多</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; refers to a text that is not in the workbook</source>
        <translation>工作表“%1”引用了工作簿中不存在的文字</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has too many merged cells</source>
        <translation>工作表“%1”的合并单元格过多</translation>
    </message>
    <message>
        <source>%1 cannot be found in it; it is not an Excel workbook, or it is damaged</source>
        <translation>文件中找不到%1;它不是 Excel 工作簿,或已损坏</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is damaged</source>
        <translation>%1无法读取:文件已损坏</translation>
    </message>
    <message>
        <source>%1 would take more than %2 MB when unpacked</source>
        <translation>%1解压后超过 %2 MB</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is damaged (wrong checksum)</source>
        <translation>%1无法读取:文件已损坏(校验和错误)</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is damaged (%2)</source>
        <translation>%1无法读取:文件已损坏(%2)</translation>
    </message>
</context>
<context>
    <name>ZoneTravelModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 minutes</source>
        <translation>从%1到%2：%3 分钟</translation>
    </message>
    <message>
        <source>No travel time entered: the board cannot check whether the technician can make it</source>
        <translation>未录入路程时间：看板无法检查技师能否按时赶到</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>到%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved zone %1.</source>
        <translation>已保存片区 %1。</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot; is not a number of minutes.</source>
        <translation>未保存：“%1”不是分钟数。</translation>
    </message>
</context>
</TS>
