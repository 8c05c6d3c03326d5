#include "DemoCentre.h"

#include "rules/CommandProcessor.h"
#include "rules/TechnicianRanking.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace {
struct Builder
{
    DemoCentre::Apply apply;
    QRandomGenerator rng;
    DemoCentre::Outcome outcome;
    QDateTime now;

    CommandResult run(const QString &name, const QDateTime &at, const QString &by, const QJsonObject &fields)
    {
        const CommandResult r = apply(Command(name, at, by, fields));
        ++outcome.commands;
        if (!r.ok) {
            ++outcome.rejected;
            if (outcome.firstErrors.size() < 10)
                outcome.firstErrors << name + QStringLiteral(": ") + r.error.field + QStringLiteral(" ") +
                                           r.error.message;
        }
        return r;
    }
    int between(int lo, int hi) { return lo + int(rng.bounded(quint32(hi - lo + 1))); }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(rng.bounded(quint32(list.size()))));
    }
    bool chance(int percent) { return int(rng.bounded(100u)) < percent; }
};

const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
                               QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
                               QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("郭"),
                               QStringLiteral("何"), QStringLiteral("高"), QStringLiteral("林"), QStringLiteral("罗")};
const QStringList kGiven = {
    QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"),   QStringLiteral("秀英"), QStringLiteral("敏"),
    QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"),   QStringLiteral("磊"),   QStringLiteral("军"),
    QStringLiteral("洋"), QStringLiteral("勇"), QStringLiteral("艳"),   QStringLiteral("杰"),   QStringLiteral("娟"),
    QStringLiteral("涛"), QStringLiteral("明"), QStringLiteral("超"),   QStringLiteral("秀兰"), QStringLiteral("霞"),
    QStringLiteral("平"), QStringLiteral("刚"), QStringLiteral("桂英"), QStringLiteral("建华"), QStringLiteral("文博")};
const QStringList kStreets = {
    QStringLiteral("中关村大街"),   QStringLiteral("学院路"),       QStringLiteral("建国路"),
    QStringLiteral("朝阳北路"),     QStringLiteral("西直门外大街"), QStringLiteral("丰台北路"),
    QStringLiteral("回龙观西大街"), QStringLiteral("东四十条"),     QStringLiteral("知春路"),
    QStringLiteral("望京街"),       QStringLiteral("右安门外大街"), QStringLiteral("天通苑北街")};

struct ZoneDef
{
    const char *id;
    const char *name;
};
const ZoneDef kZones[] = {{"HD", "海淀区"}, {"CY", "朝阳区"}, {"XC", "西城区"},
                          {"DC", "东城区"}, {"FT", "丰台区"}, {"CP", "昌平区"}};
const int kTravel[6][6] = {{0, 40, 25, 35, 45, 40}, {40, 0, 30, 20, 45, 50}, {25, 30, 0, 15, 30, 50},
                           {35, 20, 15, 0, 35, 55}, {45, 45, 30, 35, 0, 70}, {40, 50, 50, 55, 70, 0}};

struct FaultDef
{
    const char *category;
    const char *text;
};
const FaultDef kFaults[] = {
    {"fridge", "冰箱不制冷"},           {"fridge", "冷藏室结冰,噪音大"},  {"fridge", "冰箱漏水"},
    {"aircon", "空调不制热"},           {"aircon", "空调外机噪音大"},     {"aircon", "室内机滴水"},
    {"washer", "洗衣机不脱水"},         {"washer", "洗衣机显示E3故障码"}, {"water_heater", "热水器不出热水"},
    {"water_heater", "热水器漏电跳闸"}, {"purifier", "净水器出水慢"},     {"purifier", "滤芯到期提醒"},
    {"cooker", "燃气灶打不着火"},       {"cooker", "厨房有燃气味"},       {"range_hood", "油烟机不转"},
    {"range_hood", "油烟机噪音大"}};
} // namespace

void DemoCentre::addCatalogue(const Apply &apply, const QDateTime &at, const QString &by, Outcome &outcome)
{
    Builder b{apply, QRandomGenerator(0), outcome, at};
    struct PartDef
    {
        const char *sku;
        const char *name;
        int fen;
    };
    const PartDef parts[] = {
        {"COMP-FR", "冰箱压缩机", 68000},  {"THERM-FR", "温控器", 4500},     {"GASKET-FR", "门封条", 3500},
        {"COMP-AC", "空调压缩机", 120000}, {"CAP-AC", "启动电容", 2500},     {"MOTOR-WM", "洗衣机电机", 38000},
        {"PUMP-WM", "排水泵", 6000},       {"TANK-WH", "热水器内胆", 52000}, {"ROD-WH", "镁棒", 3000},
        {"FILTER-PP", "PP棉滤芯", 4000},   {"FILTER-RO", "RO膜滤芯", 26000}, {"IGN-CK", "点火器", 5000},
        {"MOTOR-RH", "油烟机电机", 26000}, {"BOARD-X", "电脑板", 18000}};
    for (const PartDef &p : parts)
        b.run(QStringLiteral("part.upsert"), at, by,
              {{QStringLiteral("sku"), QLatin1String(p.sku)},
               {QStringLiteral("name"), QString::fromUtf8(p.name)},
               {QStringLiteral("price_fen"), p.fen}});
    struct CatDef
    {
        const char *id;
        const char *name;
        int months;
        int mainMonths;
        QStringList mainParts;
    };
    const CatDef cats[] = {{"fridge", "冰箱", 12, 36, {QStringLiteral("COMP-FR")}},
                           {"aircon", "空调", 12, 72, {QStringLiteral("COMP-AC")}},
                           {"washer", "洗衣机", 12, 36, {QStringLiteral("MOTOR-WM")}},
                           {"water_heater", "热水器", 12, 36, {QStringLiteral("TANK-WH")}},
                           {"purifier", "净水器", 12, 12, {}},
                           {"cooker", "燃气灶", 12, 12, {}},
                           {"range_hood", "油烟机", 12, 60, {QStringLiteral("MOTOR-RH")}}};
    for (const CatDef &c : cats)
        b.run(QStringLiteral("category.upsert"), at, by,
              {{QStringLiteral("id"), QLatin1String(c.id)},
               {QStringLiteral("name"), QString::fromUtf8(c.name)},
               {QStringLiteral("warranty_months"), c.months},
               {QStringLiteral("main_part_warranty_months"), c.mainMonths},
               {QStringLiteral("main_parts"), QJsonArray::fromStringList(c.mainParts)},
               // R22: purifier filters are changed every six months
               {QStringLiteral("maintenance_months"), qstrcmp(c.id, "purifier") == 0 ? 6 : 0}});
    struct FeeDef
    {
        const char *code;
        const char *name;
        const char *kind;
        int fen;
    };
    const FeeDef fees[] = {{"VISIT", "上门费", "visit", 3000},        {"LAB-A", "维修费(一级)", "labour", 5000},
                           {"LAB-B", "维修费(二级)", "labour", 8000}, {"LAB-C", "维修费(三级)", "labour", 12000},
                           {"SW", "软件升级", "software", 2000},      {"CLEAN", "清洗保养", "other", 6000}};
    for (const FeeDef &f : fees)
        b.run(QStringLiteral("fee.upsert"), at, by,
              {{QStringLiteral("code"), QLatin1String(f.code)},
               {QStringLiteral("name"), QString::fromUtf8(f.name)},
               {QStringLiteral("kind"), QLatin1String(f.kind)},
               {QStringLiteral("amount_fen"), f.fen}});
    outcome = b.outcome;
}

DemoCentre::Outcome DemoCentre::build(CommandProcessor &processor, const QDateTime &now, const Options &options)
{
    const Apply apply = [&processor](const Command &command) { return processor.apply(command); };
    Builder b{apply, QRandomGenerator(options.seed), {}, now};
    processor.store().beginBatch();
    const QDateTime setupAt = now.addDays(-60);
    const QString admin = QStringLiteral("u-admin");
    auto setup = [&](const QString &name, const QJsonObject &fields) { b.run(name, setupAt, admin, fields); };

    setup(QStringLiteral("setting.set"),
          {{QStringLiteral("key"), QStringLiteral("ticket_prefix")}, {QStringLiteral("value"), QStringLiteral("BJ")}});
    // The centre's own identity on its forms [000 三.3(3) 监督电话]
    setup(QStringLiteral("setting.set"), {{QStringLiteral("key"), QStringLiteral("centre_hotline")},
                                          {QStringLiteral("value"), QStringLiteral("400-699-9999")}});
    setup(QStringLiteral("setting.set"), {{QStringLiteral("key"), QStringLiteral("supervision_phone")},
                                          {QStringLiteral("value"), QStringLiteral("010-62345678")}});
    // The desk shows times in the zone the demo was made in, so its countdowns match the clock on the wall
    setup(QStringLiteral("setting.set"), {{QStringLiteral("key"), QStringLiteral("utc_offset_minutes")},
                                          {QStringLiteral("value"), now.offsetFromUtc() / 60}});
    const QList<QPair<QString, QString>> users = {{QStringLiteral("u-admin|管理员"), QStringLiteral("admin")},
                                                  {QStringLiteral("u-clerk|李娜"), QStringLiteral("clerk")},
                                                  {QStringLiteral("u-clerk2|陈静"), QStringLiteral("clerk")},
                                                  {QStringLiteral("u-disp|王强"), QStringLiteral("dispatcher")},
                                                  {QStringLiteral("u-sup|赵敏"), QStringLiteral("supervisor")}};
    for (const auto &u : users)
        setup(QStringLiteral("user.upsert"), {{QStringLiteral("id"), u.first.section(QLatin1Char('|'), 0, 0)},
                                              {QStringLiteral("name"), u.first.section(QLatin1Char('|'), 1, 1)},
                                              {QStringLiteral("role"), u.second}});
    for (int i = 0; i < 6; ++i) {
        QJsonObject travel;
        for (int j = 0; j < i; ++j)
            travel.insert(QLatin1String(kZones[j].id), kTravel[i][j]);
        setup(QStringLiteral("zone.upsert"), {{QStringLiteral("id"), QLatin1String(kZones[i].id)},
                                              {QStringLiteral("name"), QString::fromUtf8(kZones[i].name)},
                                              {QStringLiteral("travel_minutes"), travel}});
    }
    addCatalogue(apply, setupAt, admin, b.outcome);
    struct TechDef
    {
        const char *id;
        const char *name;
        QStringList skills;
        QStringList zones;
    };
    const QStringList all = {QStringLiteral("fridge"),       QStringLiteral("aircon"),   QStringLiteral("washer"),
                             QStringLiteral("water_heater"), QStringLiteral("purifier"), QStringLiteral("cooker"),
                             QStringLiteral("range_hood")};
    const TechDef techs[] = {{"W01",
                              "王建国",
                              {QStringLiteral("fridge"), QStringLiteral("aircon")},
                              {QStringLiteral("HD"), QStringLiteral("XC")}},
                             {"W02",
                              "刘志强",
                              {QStringLiteral("fridge"), QStringLiteral("washer")},
                              {QStringLiteral("CY"), QStringLiteral("DC")}},
                             {"W03",
                              "张海涛",
                              {QStringLiteral("aircon"), QStringLiteral("water_heater")},
                              {QStringLiteral("HD"), QStringLiteral("CP")}},
                             {"W04",
                              "陈立新",
                              {QStringLiteral("purifier"), QStringLiteral("water_heater")},
                              {QStringLiteral("CY"), QStringLiteral("FT")}},
                             {"W05",
                              "杨光",
                              {QStringLiteral("cooker"), QStringLiteral("range_hood")},
                              {QStringLiteral("XC"), QStringLiteral("DC"), QStringLiteral("FT")}},
                             {"W06",
                              "赵永红",
                              all,
                              {QStringLiteral("HD"), QStringLiteral("CY"), QStringLiteral("XC"), QStringLiteral("DC")}},
                             {"W07",
                              "孙伟",
                              {QStringLiteral("washer"), QStringLiteral("purifier"), QStringLiteral("cooker")},
                              {QStringLiteral("CP"), QStringLiteral("HD")}},
                             {"W08",
                              "周建军",
                              {QStringLiteral("aircon"), QStringLiteral("fridge"), QStringLiteral("range_hood")},
                              {QStringLiteral("FT"), QStringLiteral("CY")}}};
    int techPhone = 0;
    for (const TechDef &t : techs)
        setup(QStringLiteral("technician.upsert"),
              {{QStringLiteral("id"), QLatin1String(t.id)},
               {QStringLiteral("name"), QString::fromUtf8(t.name)},
               {QStringLiteral("phone"), QStringLiteral("1391000%1").arg(1000 + ++techPhone)},
               {QStringLiteral("skills"), QJsonArray::fromStringList(t.skills)},
               {QStringLiteral("zones"), QJsonArray::fromStringList(t.zones)},
               {QStringLiteral("outlet"), QStringLiteral("BJ-01")},
               {QStringLiteral("shift_start"), QStringLiteral("08:30")},
               {QStringLiteral("shift_end"), QStringLiteral("17:30")}});

    // R20: the centre's loaner units (借用机), two per category, kept in the parts store
    const QStringList loanerCategories = {QStringLiteral("fridge"),   QStringLiteral("washer"),
                                          QStringLiteral("aircon"),   QStringLiteral("water_heater"),
                                          QStringLiteral("purifier"), QStringLiteral("cooker")};
    for (int i = 0; i < loanerCategories.size() * 2; ++i)
        setup(QStringLiteral("loaner.upsert"),
              {{QStringLiteral("serial"), QStringLiteral("JY-%1").arg(i + 1, 3, 10, QLatin1Char('0'))},
               {QStringLiteral("category"), loanerCategories.at(i / 2)},
               {QStringLiteral("location"), QStringLiteral("备件库")}});
    int nextLoaner = 0;

    // Customers and their appliances
    const QStringList mobilePrefixes = {QStringLiteral("138"), QStringLiteral("139"), QStringLiteral("136"),
                                        QStringLiteral("158"), QStringLiteral("186"), QStringLiteral("189"),
                                        QStringLiteral("135"), QStringLiteral("150")};
    struct Product
    {
        QString id;
        QString customer;
        QString category;
        bool dated = false; // its purchase date is known
    };
    QList<Product> products;
    for (int i = 0; i < options.customers; ++i) {
        const int zone = b.between(0, 5);
        const QString id = QStringLiteral("C%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        const QString name = b.pick(kSurnames) + b.pick(kGiven);
        QString phone =
            b.pick(mobilePrefixes) + QStringLiteral("%1").arg(b.between(0, 99999999), 8, 10, QLatin1Char('0'));
        if (b.chance(10))
            phone = QStringLiteral("010-%1").arg(b.between(60000000, 89999999));
        const QString district = QString::fromUtf8(kZones[zone].name);
        const QString address = b.chance(8) ? QStringLiteral("北京市") + district
                                            : QStringLiteral("北京市%1%2%3号院%4号楼%5单元%6")
                                                  .arg(district, b.pick(kStreets))
                                                  .arg(b.between(1, 200))
                                                  .arg(b.between(1, 20))
                                                  .arg(b.between(1, 6))
                                                  .arg(b.between(101, 2202));
        b.run(QStringLiteral("customer.upsert"), setupAt.addSecs(i), QStringLiteral("u-clerk"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("name"), name},
               {QStringLiteral("phones"), QJsonArray{phone}},
               {QStringLiteral("address"), address},
               {QStringLiteral("zone"), QLatin1String(kZones[zone].id)}});
        const int count = b.chance(30) ? 2 : 1;
        for (int k = 0; k < count; ++k) {
            const QString category = b.pick(all);
            const QString pid = QStringLiteral("P%1-%2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(k + 1);
            QJsonObject fields{{QStringLiteral("id"), pid},
                               {QStringLiteral("customer"), id},
                               {QStringLiteral("category"), category},
                               {QStringLiteral("brand"), QStringLiteral("海尔")}};
            if (!b.chance(12))
                fields.insert(QStringLiteral("model"),
                              QString(category.left(2).toUpper() + QStringLiteral("-%1").arg(b.between(100, 999))));
            const bool dated = !b.chance(15);
            if (dated)
                fields.insert(QStringLiteral("purchase_date"),
                              now.date().addDays(-b.between(60, 4 * 365)).toString(Qt::ISODate));
            b.run(QStringLiteral("product.register"), setupAt.addSecs(i), QStringLiteral("u-clerk"), fields);
            products << Product{pid, id, category, dated};
        }
    }

    // Tickets in every state, their last step shortly before now
    enum Target {
        New,
        Guided,
        GuidedClosed,
        Dispatched,
        Unreachable,
        Contacted,
        EnRoute,
        OnSite,
        AwaitingParts,
        PulledBack,
        Completed,
        Closed,
        Reopened,
        Cancelled,
        TargetCount
    };
    const int weights[TargetCount] = {8, 4, 6, 10, 3, 8, 5, 6, 4, 2, 10, 28, 3, 3};
    QList<int> faultsByCategory[7];
    QList<Product> usable = products;
    // Every story is planned first and told in the order its call came in, so that the ticket numbers of a day
    // follow the time their calls were taken, as at a real desk
    struct Story
    {
        int target;
        Product product;
        QString fault;
        QDateTime opened;
        QString id;
        bool alt;
        QString kind;
        QString channel;
    };
    QList<Story> stories;
    for (int i = 0; i < options.tickets && !usable.isEmpty(); ++i) {
        int roll = b.between(0, 99), target = 0;
        while (roll >= weights[target] && target < TargetCount - 1)
            roll -= weights[target++];
        const Product product = usable.takeAt(b.between(0, int(usable.size()) - 1));
        QList<const FaultDef *> faults;
        for (const FaultDef &f : kFaults)
            if (product.category == QLatin1String(f.category))
                faults << &f;
        const QString fault = faults.isEmpty() ? QStringLiteral("不工作") : QString::fromUtf8(b.pick(faults)->text);
        // How long this story takes, so that its last step lands before now
        const bool closedStory =
            target == Closed || target == GuidedClosed || target == Reopened || target == Cancelled;
        const int spanMinutes = closedStory            ? b.between(26 * 60, 20 * 24 * 60)
                                : target == Completed  ? b.between(5 * 60, 22 * 60)
                                : target == New        ? b.between(2, 50)
                                : target == Guided     ? b.between(10, 110)
                                : target == Dispatched ? b.between(4, 28)
                                : target == Contacted  ? b.between(30, 150)
                                                       : b.between(60, 5 * 60);
        const QDateTime t = now.addSecs(-qint64(spanMinutes) * 60);
        const QString id = QStringLiteral("T%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        const bool alt = b.chance(40);
        const QString kind = product.category == QLatin1String("purifier") && alt ? QStringLiteral("maintenance")
                                                                                  : QStringLiteral("repair");
        const QString channel =
            b.pick(QStringList{QStringLiteral("hotline"), QStringLiteral("hotline"), QStringLiteral("wechat"),
                               QStringLiteral("web"), QStringLiteral("dealer")});
        stories << Story{target, product, fault, t, id, alt, kind, channel};
    }
    std::stable_sort(stories.begin(), stories.end(),
                     [](const Story &x, const Story &y) { return x.opened < y.opened; });
    for (const Story &story : stories) {
        const int target = story.target;
        const Product &product = story.product;
        const bool alt = story.alt;
        QDateTime t = story.opened;
        const QString id = story.id;
        CommandResult r =
            b.run(QStringLiteral("ticket.open"), t, alt ? QStringLiteral("u-clerk2") : QStringLiteral("u-clerk"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("kind"), story.kind},
                   {QStringLiteral("channel"), story.channel},
                   {QStringLiteral("fault"), story.fault},
                   {QStringLiteral("customer"), product.customer},
                   {QStringLiteral("product"), product.id}});
        if (!r.ok || target == New)
            continue;
        auto step = [&](int minMinutes, int maxMinutes) {
            t = t.addSecs(qint64(b.between(minMinutes, maxMinutes)) * 60);
            if (t > now)
                t = now.addSecs(-30);
        };
        auto act = [&](const QString &name, const QString &by, QJsonObject fields) {
            fields.insert(QStringLiteral("ticket"), id);
            return b.run(name, t, by, fields);
        };
        if (target == Guided || target == GuidedClosed) {
            step(2, 6);
            act(QStringLiteral("ticket.guide_by_phone"), QStringLiteral("u-clerk"),
                {{QStringLiteral("note"), QStringLiteral("电话指导用户复位、检查电源与设置")}});
            if (target == GuidedClosed) {
                step(100, 130);
                act(QStringLiteral("callback.record"), QStringLiteral("u-sup"),
                    {{QStringLiteral("reached"), true},
                     {QStringLiteral("solved"), true},
                     {QStringLiteral("satisfaction"), QStringLiteral("满意")}});
            }
            continue;
        }
        if (target == Cancelled) {
            step(5, 40);
            act(QStringLiteral("ticket.cancel"), QStringLiteral("u-clerk"),
                {{QStringLiteral("reason"), QStringLiteral("用户自行解决,取消报修")}});
            continue;
        }
        step(3, 20);
        const auto ticketRow = processor.store().load(Store::Tickets, id);
        const QList<Suggestion> ranked =
            TechnicianRanking::rank(processor.store(), *ticketRow, t.toMSecsSinceEpoch(), processor.settings());
        const QString tech = ranked.isEmpty()
                                 ? QStringLiteral("W06")
                                 : ranked.at(b.chance(80) ? 0 : qMin(1, int(ranked.size()) - 1)).technicianId;
        act(QStringLiteral("ticket.dispatch"), QStringLiteral("u-disp"), {{QStringLiteral("technician"), tech}});
        if (target == Dispatched)
            continue;
        if (target == Unreachable) {
            for (int k = 0; k < 3; ++k) {
                step(10, 14);
                act(QStringLiteral("ticket.contact_attempt"), QStringLiteral("u-disp"),
                    {{QStringLiteral("reached"), false}, {QStringLiteral("note"), QStringLiteral("无人接听")}});
            }
            continue;
        }
        step(5, 25);
        act(QStringLiteral("ticket.contact_attempt"), QStringLiteral("u-disp"), {{QStringLiteral("reached"), true}});
        if (target == Contacted)
            continue;
        step(10, 60);
        act(QStringLiteral("ticket.depart"), QStringLiteral("u-disp"), {});
        if (target == EnRoute)
            continue;
        step(20, b.chance(15) ? 200 : 100);
        act(QStringLiteral("ticket.arrive"), QStringLiteral("u-disp"), {});
        if (target == OnSite)
            continue;
        step(20, 60);
        if (target == AwaitingParts) {
            act(QStringLiteral("ticket.await_parts"), QStringLiteral("u-disp"),
                {{QStringLiteral("parts"), QJsonArray{QStringLiteral("BOARD-X")}},
                 {QStringLiteral("eta"), now.date().addDays(b.between(0, 4)).toString(Qt::ISODate)}});
            continue;
        }
        if (target == PulledBack) {
            QJsonObject pull{{QStringLiteral("appearance"), QStringLiteral("外观完好,无划痕")}};
            if (nextLoaner < loanerCategories.size() * 2) {
                pull.insert(QStringLiteral("loaner_serial"),
                            QStringLiteral("JY-%1").arg(++nextLoaner, 3, 10, QLatin1Char('0')));
                pull.insert(QStringLiteral("iou"), QStringLiteral("借条已签"));
            }
            act(QStringLiteral("ticket.pull_back"), QStringLiteral("u-disp"), pull);
            continue;
        }
        QJsonArray usedParts;
        if (b.chance(50))
            usedParts << QJsonObject{
                {QStringLiteral("sku"),
                 b.pick(QStringList{QStringLiteral("THERM-FR"), QStringLiteral("CAP-AC"), QStringLiteral("PUMP-WM"),
                                    QStringLiteral("ROD-WH"), QStringLiteral("FILTER-PP"), QStringLiteral("IGN-CK")})},
                {QStringLiteral("qty"), 1}};
        const bool paid = b.chance(85);
        QJsonObject receipt{
            {QStringLiteral("resolution"), QStringLiteral("检修完毕,试机正常")},
            {QStringLiteral("parts"), usedParts},
            {QStringLiteral("fee_lines"),
             QJsonArray{QStringLiteral("VISIT"),
                        b.pick(QStringList{QStringLiteral("LAB-A"), QStringLiteral("LAB-B")})}},
            {QStringLiteral("paid"), paid},
            {QStringLiteral("signed_by"), QStringLiteral("用户本人")},
            {QStringLiteral("cause"), b.pick(QStringList{QStringLiteral("product_defect"), QStringLiteral("wear"),
                                                         QStringLiteral("installation"), QStringLiteral("misuse")})},
            {QStringLiteral("satisfaction"), b.chance(85) ? QStringLiteral("满意") : QStringLiteral("基本满意")}};
        if (!product.dated) // R5: the technician read the date off the customer's invoice
            receipt.insert(QStringLiteral("purchase_date"),
                           now.date().addDays(-b.between(400, 3 * 365)).toString(Qt::ISODate));
        act(QStringLiteral("ticket.complete"), QStringLiteral("u-disp"), receipt);
        if (target == Completed)
            continue;
        const bool unhappy = target == Reopened;
        step(60, 23 * 60);
        if (unhappy) // the complaint came in this morning, so the revisit is live on the board
            t = qMax(t, now.addSecs(-qint64(b.between(60, 150)) * 60));
        const bool overcharged = !unhappy && b.chance(5);
        act(QStringLiteral("callback.record"), QStringLiteral("u-sup"),
            {{QStringLiteral("reached"), true},
             {QStringLiteral("solved"), !unhappy},
             {QStringLiteral("on_time"), b.chance(90)},
             {QStringLiteral("behaviour_ok"), true},
             {QStringLiteral("charged_as_receipt"), !overcharged},
             {QStringLiteral("satisfaction"), unhappy ? QStringLiteral("不满意") : QStringLiteral("满意")},
             {QStringLiteral("comment"), unhappy ? QStringLiteral("修完两天又坏了") : QString()}});
        if (unhappy) {
            step(5, 20);
            act(QStringLiteral("ticket.contact_attempt"), QStringLiteral("u-disp"),
                {{QStringLiteral("reached"), true}});
        }
    }
    processor.store().endBatch();
    return b.outcome;
}
