<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>after phone guidance</source>
        <translation>电话指导后</translation>
    </message>
    <message>
        <source>after the visit</source>
        <translation>上门服务后</translation>
    </message>
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
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Callbacks due, oldest first. Overdue ones are red.</source>
        <translation>待回访列表，最早到期的排在最前。已超时的显示为红色。</translation>
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
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>Complaint registered: %1</source>
        <translation>已登记投诉：%1</translation>
    </message>
    <message>
        <source>Name the callback (callback) or its ticket (ticket).</source>
        <translation>请指定回访（callback）或其所属工单（ticket）。</translation>
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
        <source>satisfaction must be 满意, 基本满意 or 不满意.</source>
        <translation>satisfaction 必须是“满意”“基本满意”或“不满意”。</translation>
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
        <source>travel_minutes must map zone ids to minutes.</source>
        <translation>travel_minutes 必须是“片区编号 → 分钟数”的映射。</translation>
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
        <source>shift_start must be a time like 08:30.</source>
        <translation>shift_start 必须是类似 08:30 的时间。</translation>
    </message>
    <message>
        <source>shift_end must be a time like 17:30.</source>
        <translation>shift_end 必须是类似 17:30 的时间。</translation>
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
        <source>Schedule conflict: %1. Choose another time or technician, or give a reason to override (override_reason).</source>
        <translation>时间安排冲突：%1。请另选时间或技师，或填写强制安排的理由（override_reason）。</translation>
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
        <source>A new time needs the customer&apos;s consent. Call the customer, apologise, agree the new time, then record customer_consent; otherwise give the ticket to another technician.</source>
        <translation>更改上门时间须征得用户同意。请致电用户、表示歉意并商定新时间，然后记录 customer_consent；否则请将工单改派给其他技师。</translation>
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
        <source>Each part needs a sku and a qty.</source>
        <translation>每个配件都需要 sku 和 qty。</translation>
    </message>
    <message>
        <source>Each fee line is a fee code or an object with a code.</source>
        <translation>每条收费项必须是收费代码，或带有 code 的对象。</translation>
    </message>
    <message>
        <source>Fee &quot;%1&quot; is not on the published fee schedule (收费标准). A charge off the schedule needs a name, an amount, a supervisor&apos;s approval (approved_by) and a reason.</source>
        <translation>收费项“%1”不在公布的收费标准中。收费标准以外的收费需要名称、金额、主管批准（approved_by）和理由。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the published fee schedule: it needs a supervisor&apos;s approval (approved_by) and a reason.</source>
        <translation>“%1”不在公布的收费标准中：需要主管批准（approved_by）并说明理由。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor; only a supervisor can approve a charge off the fee schedule.</source>
        <translation>%1 不是主管；只有主管才能批准收费标准以外的收费。</translation>
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
        <source>%1 cannot reach the next appointment at %2: this one ends at %3 and the journey takes %4 min</source>
        <translation>%1 赶不上 %2 的下一个预约:本次预约 %3 结束,路程需要 %4 分钟</translation>
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
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>Filter: ticket, customer, technician, zone, state… (Ctrl+F)</source>
        <translation>筛选：工单、用户、技师、片区、状态… (Ctrl+F)</translation>
    </message>
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
        <source>Suggested technicians</source>
        <translation>推荐技师</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
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
        <source>late arrival: manager follow-up</source>
        <translation>上门迟到：需经理跟进</translation>
    </message>
    <message>
        <source>callback overdue</source>
        <translation>回访超时</translation>
    </message>
    <message>
        <source>%1  %2  (since %3)</source>
        <translation>%1  %2  （自 %3 起）</translation>
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
        <source>Suggested</source>
        <translation>系统建议</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线电话</translation>
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
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
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
        <source>&amp;Fault</source>
        <translation>故障描述(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>优先级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>来源渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save call (Ctrl+Enter)</source>
        <translation>保存来电(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open a ticket for this call</source>
        <translation>为此来电建立工单</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Suggested priority: %1</source>
        <translation>建议优先级：%1</translation>
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
        <source>Switch to this workspace</source>
        <translation>切换到此工作区</translation>
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
    <name>Replay</name>
    <message>
        <source>The line is not valid JSON (%1 at character %2).</source>
        <translation>该行不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>The line is JSON but not an object; each line must be one command object.</source>
        <translation>该行是 JSON，但不是对象；每一行必须是一个命令对象。</translation>
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
    <message>
        <source>free until %1</source>
        <translation>%1 前有空</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) before the deadline</source>
        <translation>
            <numerusform>时限前已有 %n 个预约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation>
            <numerusform>%n 个在办工单</numerusform>
        </translation>
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
        <source>Not possible while the ticket is %1 (state %2); %3 needs the ticket to be: %4.</source>
        <translation>工单当前为“%1”（状态 %2），无法执行此操作；%3 要求工单处于以下状态之一：%4。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
</TS>
