#include "Generator.h"

#include "demo/DemoCentre.h"
#include "domain/Ids.h"
#include "rules/CommandProcessor.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace {
constexpr int kOffsetSeconds = 8 * 3600; // the centre works on Beijing time
constexpr qint64 kMinute = 60000;

struct ZoneDef
{
    const char *id;
    const char *name;
    int x; // rough position on a 10 km grid, for travel times
    int y;
};
const ZoneDef kZones[] = {{"LX", "历下区", 5, 5},  {"SZ", "市中区", 4, 5}, {"HY", "槐荫区", 3, 5},
                          {"TQ", "天桥区", 4, 6},  {"LC", "历城区", 6, 5}, {"CQ", "长清区", 2, 3},
                          {"ZQ", "章丘区", 9, 5},  {"JY", "济阳区", 5, 8}, {"LW", "莱芜区", 9, 1},
                          {"GC", "钢城区", 10, 0}, {"PY", "平阴县", 0, 2}, {"SH", "商河县", 6, 10}};
constexpr int kZoneCount = int(sizeof(kZones) / sizeof(kZones[0]));

const char *const kCategories[] = {"fridge", "aircon", "washer", "water_heater", "purifier", "cooker", "range_hood"};
constexpr int kCategoryCount = 7;
enum Category { Fridge, Aircon, Washer, WaterHeater, Purifier, Cooker, RangeHood };

// Per category: faults as callers word them, models, everyday parts, main part
struct CategoryDef
{
    QStringList faults;
    QStringList models;
    QStringList parts;
    const char *mainPart;
};

const QString kSurnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                                         "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
                                         "尹薛闫段雷侯龙史");
const QString kGiven = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华文博志红玉海鹏飞云琳"
                                      "婷宇浩凯晨欣雪梅立新国庆东亮斌春燕丹慧俊峰辉晓玲小龙美萍淑珍金凤瑞佳宁");
const QStringList kStreets = {
    QStringLiteral("经十路"),   QStringLiteral("泉城路"),   QStringLiteral("解放路"),   QStringLiteral("和平路"),
    QStringLiteral("文化东路"), QStringLiteral("山大路"),   QStringLiteral("历山路"),   QStringLiteral("花园路"),
    QStringLiteral("工业南路"), QStringLiteral("二环东路"), QStringLiteral("舜耕路"),   QStringLiteral("英雄山路"),
    QStringLiteral("纬二路"),   QStringLiteral("经七路"),   QStringLiteral("大明湖路"), QStringLiteral("北园大街"),
    QStringLiteral("堤口路"),   QStringLiteral("无影山路"), QStringLiteral("济泺路"),   QStringLiteral("明湖北路"),
    QStringLiteral("旅游路"),   QStringLiteral("奥体中路"), QStringLiteral("龙奥北路"), QStringLiteral("汇源大街"),
    QStringLiteral("明水大街"), QStringLiteral("鲁中大街"), QStringLiteral("汶源大街"), QStringLiteral("正安路")};
const QStringList kEstates = {QStringLiteral("阳光花园"),    QStringLiteral("翡翠郡"),   QStringLiteral("鲁能领秀城"),
                              QStringLiteral("燕山小区"),    QStringLiteral("山大新村"), QStringLiteral("舜玉小区"),
                              QStringLiteral("七里山小区"),  QStringLiteral("泉景家园"), QStringLiteral("名士豪庭"),
                              QStringLiteral("绿地国际"),    QStringLiteral("汉峪金谷"), QStringLiteral("中海国际"),
                              QStringLiteral("万科城"),      QStringLiteral("恒大绿洲"), QStringLiteral("保利花园"),
                              QStringLiteral("华润中央公园")};
const QStringList kMobilePrefixes = {
    QStringLiteral("130"), QStringLiteral("131"), QStringLiteral("132"), QStringLiteral("133"), QStringLiteral("135"),
    QStringLiteral("136"), QStringLiteral("137"), QStringLiteral("138"), QStringLiteral("139"), QStringLiteral("150"),
    QStringLiteral("151"), QStringLiteral("152"), QStringLiteral("155"), QStringLiteral("156"), QStringLiteral("158"),
    QStringLiteral("159"), QStringLiteral("176"), QStringLiteral("177"), QStringLiteral("180"), QStringLiteral("181"),
    QStringLiteral("185"), QStringLiteral("186"), QStringLiteral("187"), QStringLiteral("188"), QStringLiteral("189"),
    QStringLiteral("199")};

const CategoryDef &categoryDef(int category)
{
    static const CategoryDef defs[kCategoryCount] = {
        {{QStringLiteral("冰箱不制冷"), QStringLiteral("冷藏室结冰,噪音大"), QStringLiteral("冰箱漏水"),
          QStringLiteral("冷冻室不冻"), QStringLiteral("冰箱门关不严")},
         {QStringLiteral("BCD-470WDPG"), QStringLiteral("BCD-258WDPM"), QStringLiteral("BCD-602WDCE"),
          QStringLiteral("BCD-216STPT")},
         {QStringLiteral("THERM-FR"), QStringLiteral("GASKET-FR"), QStringLiteral("BOARD-X")},
         "COMP-FR"},
        {{QStringLiteral("空调不制热"), QStringLiteral("空调外机噪音大"), QStringLiteral("室内机滴水"),
          QStringLiteral("空调不制冷,显示E1"), QStringLiteral("遥控器失灵,开不了机")},
         {QStringLiteral("KFR-35GW/06EDS83"), QStringLiteral("KFR-72LW/10UBP21"), QStringLiteral("KFR-26GW/B1KBB21")},
         {QStringLiteral("CAP-AC"), QStringLiteral("BOARD-X")},
         "COMP-AC"},
        {{QStringLiteral("洗衣机不脱水"), QStringLiteral("洗衣机显示E3故障码"), QStringLiteral("洗衣机不进水"),
          QStringLiteral("滚筒异响"), QStringLiteral("洗衣机漏水")},
         {QStringLiteral("EG100MATE2S"), QStringLiteral("XQB80-Z1269"), QStringLiteral("EG10014B39GU1")},
         {QStringLiteral("PUMP-WM"), QStringLiteral("BOARD-X")},
         "MOTOR-WM"},
        {{QStringLiteral("热水器不出热水"), QStringLiteral("热水器漏电跳闸"), QStringLiteral("热水器漏水"),
          QStringLiteral("水温忽冷忽热")},
         {QStringLiteral("EC6002-MC3"), QStringLiteral("ES60H-GD5"), QStringLiteral("JSQ25-13WN3")},
         {QStringLiteral("ROD-WH"), QStringLiteral("BOARD-X")},
         "TANK-WH"},
        {{QStringLiteral("净水器出水慢"), QStringLiteral("滤芯到期提醒"), QStringLiteral("净水器一直响"),
          QStringLiteral("净水器漏水")},
         {QStringLiteral("HRO5009-5"), QStringLiteral("HKC3000-R793D2U1"), QStringLiteral("HRO400-4H")},
         {QStringLiteral("FILTER-PP"), QStringLiteral("FILTER-RO")},
         nullptr},
        {{QStringLiteral("燃气灶打不着火"), QStringLiteral("厨房有燃气味"), QStringLiteral("火焰发黄"),
          QStringLiteral("熄火保护失灵")},
         {QStringLiteral("JZT-Q2BE"), QStringLiteral("JZT-QE5B0"), QStringLiteral("JZY-C2BE")},
         {QStringLiteral("IGN-CK")},
         nullptr},
        {{QStringLiteral("油烟机不转"), QStringLiteral("油烟机噪音大"), QStringLiteral("油烟机吸力小"),
          QStringLiteral("油烟机漏油")},
         {QStringLiteral("CXW-219-E900C6J"), QStringLiteral("CXW-200-E900T6"), QStringLiteral("CXW-238-C390")},
         {QStringLiteral("BOARD-X")},
         "MOTOR-RH"},
    };
    return defs[category];
}

struct CustomerState
{
    QString id;
    int zone;
    QList<int> products;
};

struct ProductState
{
    QString id;
    int category;
    bool busy = false;  // its last ticket is still open
    bool dated = false; // its purchase date is known (R5: else the invoice is checked at completion)
};

class Simulation
{
public:
    Simulation(CommandProcessor &processor, const Generator::Options &options)
        : m_processor(processor), m_options(options), m_rng(options.seed), m_until(options.until.toMSecsSinceEpoch()),
          m_device(Generator::deviceId(options.seed))
    {}

    Generator::Outcome run();

private:
    struct Story
    {
        QString ticket;
        qint64 t;
        int category;
        QString technician;
        bool scheduled = false;
        qint64 stop = 0; // the story goes no further than this (`until`, or earlier for a ticket kept open)
        bool keepOpen = false;
        int product = -1;
        QString complaint; // a complaint call's complaint, registered at intake (R16)
    };

    CommandResult apply(const QString &name, qint64 at, const QString &by, const QJsonObject &fields);
    CommandResult applyWithOrigin(const Command &command);
    // Moves the story on by lo..hi minutes and applies the ticket's next command, unless that time is after
    // the story's stop (`until`, or earlier for a ticket kept open: the ticket stays open). False when it stops.
    bool step(Story &s, int lo, int hi, const QString &name, const QString &by, QJsonObject fields,
              CommandResult *result = nullptr);
    // The technician arrives lo..hi minutes on; more than 15 minutes late, the customer answers the apology (R12)
    bool arrive(Story &s, int lo, int hi);

    void setUp();
    void ticket(qint64 openedAt);
    // The rest of the ticket's life; true when it ends closed or cancelled.
    bool play(Story &s, const QString &kind);
    bool fieldVisit(Story &s, bool redispatch, bool alreadyDispatched = false);
    bool completeAndCallback(Story &s);
    void followComplaint(Story &s, const QString &complaint);
    QJsonObject newCustomer(qint64 at, int *index);
    QJsonObject newProduct(qint64 at, int customer, int *index, int category = -1);

    QString uuid(qint64 ms);
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    bool chance(double percent) { return m_rng.generateDouble() * 100.0 < percent; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }
    QString name();
    QString phone();
    QDateTime time(qint64 ms) const { return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, kOffsetSeconds); }
    QString clerk() { return QStringLiteral("u-clerk%1").arg(between(1, 8)); }
    QString dispatcher() { return QStringLiteral("u-disp%1").arg(between(1, 4)); }
    QString supervisor() { return QStringLiteral("u-sup%1").arg(between(1, 2)); }

    CommandProcessor &m_processor;
    const Generator::Options &m_options;
    QRandomGenerator m_rng;
    qint64 m_until;
    const QString m_device;
    qint64 m_mutation = 0;
    qint64 m_customerTarget = 0;
    int m_loaners = 0; // loaner units added to the pool so far (R20)
    bool m_tolerateRejection = false;
    Generator::Outcome m_outcome;
    QList<CustomerState> m_customers;
    QList<ProductState> m_products;
    QList<QString> m_techs[kCategoryCount][kZoneCount]; // skilled technicians covering a zone
};

QString Simulation::uuid(qint64 ms)
{
    quint8 bytes[16];
    const quint64 t = quint64(ms) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(t >> (8 * (5 - i)));
    for (int i = 6; i < 16; ++i)
        bytes[i] = quint8(m_rng.bounded(256u));
    bytes[6] = quint8((bytes[6] & 0x0F) | 0x70);
    bytes[8] = quint8((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16)).toString(QUuid::WithoutBraces);
}

QString Simulation::name()
{
    QString n = kSurnames.at(int(m_rng.bounded(quint32(kSurnames.size()))));
    const int given = chance(35) ? 1 : 2;
    for (int i = 0; i < given; ++i)
        n += kGiven.at(int(m_rng.bounded(quint32(kGiven.size()))));
    return n;
}

QString Simulation::phone()
{
    if (chance(8))
        return QStringLiteral("0531-%1").arg(between(60000000, 89999999));
    return pick(kMobilePrefixes) + QStringLiteral("%1").arg(between(0, 99999999), 8, 10, QLatin1Char('0'));
}

CommandResult Simulation::applyWithOrigin(const Command &command)
{
    const CommandResult r = m_processor.apply(command, {m_device, ++m_mutation});
    if (r.internal)
        throw StorageError(command.name() + QStringLiteral(" at ") + command.at().toString(Qt::ISODate) +
                           QStringLiteral(": ") + r.error.message);
    return r;
}

CommandResult Simulation::apply(const QString &name, qint64 at, const QString &by, const QJsonObject &fields)
{
    const CommandResult r = applyWithOrigin(Command(name, time(at), by, fields));
    ++m_outcome.commands;
    const bool tolerated = m_tolerateRejection;
    m_tolerateRejection = false;
    if (!r.ok && tolerated) {
        ++m_outcome.retried;
    } else if (!r.ok) {
        ++m_outcome.rejected;
        ++m_outcome.rejectedBy[name + QLatin1Char(' ') + r.error.field];
        if (m_outcome.firstErrors.size() < 10)
            m_outcome.firstErrors << name + QStringLiteral(" at ") + time(at).toString(Qt::ISODate) +
                                         QStringLiteral(": ") + r.error.field + QLatin1Char(' ') + r.error.message;
    }
    return r;
}

bool Simulation::step(Story &s, int lo, int hi, const QString &name, const QString &by, QJsonObject fields,
                      CommandResult *result)
{
    s.t += qint64(between(lo, hi)) * kMinute + between(0, 59) * 1000;
    if (s.t > s.stop || (s.keepOpen && name == QLatin1String("ticket.cancel")))
        return false;
    fields.insert(QStringLiteral("ticket"), s.ticket);
    const CommandResult r = apply(name, s.t, by, fields);
    if (result)
        *result = r;
    // R21: a manager's task (a refused apology or entry, a serious complaint) is closed by a supervisor later
    const QString task = r.info.value(QStringLiteral("task")).toString();
    if (r.ok && !task.isEmpty()) {
        const qint64 done = s.t + qint64(between(2 * 60, 30 * 60)) * kMinute;
        if (done <= s.stop)
            apply(QStringLiteral("task.done"), done, supervisor(),
                  {{QStringLiteral("task"), task},
                   {QStringLiteral("outcome"), pick(QStringList{QStringLiteral("售后经理已上门道歉,用户表示谅解"),
                                                                QStringLiteral("经理电话致歉并上门回访,用户满意"),
                                                                QStringLiteral("已处理技术员并向用户反馈结果")})}});
    }
    return r.ok;
}

bool Simulation::arrive(Story &s, int lo, int hi)
{
    CommandResult r;
    if (!step(s, lo, hi, QStringLiteral("ticket.arrive"), dispatcher(), {}, &r))
        return false;
    if (r.info.value(QStringLiteral("apology")).toString() == QLatin1String("pending")) {
        const bool accepted = chance(85);
        Story answer = s;
        step(answer, 5, 30, QStringLiteral("ticket.apology"), dispatcher(),
             {{QStringLiteral("accepted"), accepted},
              {QStringLiteral("note"), accepted ? QStringLiteral("已赠送小礼品,用户接受道歉")
                                                : QStringLiteral("用户不接受道歉,要求经理上门")}});
    }
    return true;
}

void Simulation::setUp()
{
    const qint64 at = m_until - 3 * 366 * 24 * 3600 * 1000LL - 7 * 24 * 3600 * 1000LL;
    const QString admin = QStringLiteral("u-admin");
    auto setup = [&](const QString &command, const QJsonObject &fields) { apply(command, at, admin, fields); };
    setup(QStringLiteral("setting.set"),
          {{QStringLiteral("key"), QStringLiteral("ticket_prefix")}, {QStringLiteral("value"), QStringLiteral("JN")}});
    setup(QStringLiteral("user.upsert"), {{QStringLiteral("id"), admin},
                                          {QStringLiteral("name"), QStringLiteral("管理员")},
                                          {QStringLiteral("role"), QStringLiteral("admin")}});
    struct RoleDef
    {
        const char *role;
        const char *prefix;
        int count;
    };
    const RoleDef roles[] = {{"clerk", "u-clerk", 8}, {"dispatcher", "u-disp", 4}, {"supervisor", "u-sup", 2}};
    for (const RoleDef &role : roles)
        for (int i = 1; i <= role.count; ++i)
            setup(QStringLiteral("user.upsert"),
                  {{QStringLiteral("id"), QString(QLatin1String(role.prefix) + QString::number(i))},
                   {QStringLiteral("name"), name()},
                   {QStringLiteral("role"), QLatin1String(role.role)},
                   {QStringLiteral("outlet"), QStringLiteral("JN-01")}});
    for (int i = 0; i < kZoneCount; ++i) {
        QJsonObject travel;
        for (int j = 0; j < i; ++j) {
            const double km = 10.0 * std::hypot(kZones[i].x - kZones[j].x, kZones[i].y - kZones[j].y);
            travel.insert(QLatin1String(kZones[j].id), qMin(180, 15 + int(km * 1.2)));
        }
        setup(QStringLiteral("zone.upsert"), {{QStringLiteral("id"), QLatin1String(kZones[i].id)},
                                              {QStringLiteral("name"), QString::fromUtf8(kZones[i].name)},
                                              {QStringLiteral("travel_minutes"), travel}});
    }
    DemoCentre::Outcome catalogue;
    DemoCentre::addCatalogue([this](const Command &command) { return applyWithOrigin(command); }, time(at), admin,
                             catalogue);
    m_outcome.commands += catalogue.commands;
    m_outcome.rejected += catalogue.rejected;
    m_outcome.firstErrors << catalogue.firstErrors;

    // 90 technicians: 7 or 8 per district, each with two to four skills and their district plus a neighbour
    for (int i = 0; i < 90; ++i) {
        const int home = i % kZoneCount;
        int neighbour = (home + 1 + between(0, 2)) % kZoneCount;
        QStringList zones = {QLatin1String(kZones[home].id), QLatin1String(kZones[neighbour].id)};
        QStringList skills;
        // every category is covered in every district: technician k of a district starts at category k
        const int first = (i / kZoneCount) % kCategoryCount;
        const int count = between(2, 4);
        for (int k = 0; k < count; ++k)
            skills << QLatin1String(kCategories[(first + k * 2) % kCategoryCount]);
        skills.removeDuplicates();
        const QString id = QStringLiteral("W%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        setup(QStringLiteral("technician.upsert"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("name"), name()},
               {QStringLiteral("phone"), QStringLiteral("1396400%1").arg(1000 + i)},
               {QStringLiteral("skills"), QJsonArray::fromStringList(skills)},
               {QStringLiteral("zones"), QJsonArray::fromStringList(zones)},
               {QStringLiteral("outlet"), QStringLiteral("JN-0%1").arg(1 + home % 3)},
               {QStringLiteral("shift_start"), QStringLiteral("08:30")},
               {QStringLiteral("shift_end"), QStringLiteral("17:30")}});
        for (const QString &skill : skills) {
            const int c = int(std::find_if(std::begin(kCategories), std::end(kCategories),
                                           [&](const char *k) { return skill == QLatin1String(k); }) -
                              std::begin(kCategories));
            m_techs[c][home] << id;
            m_techs[c][neighbour] << id;
        }
    }
}

QJsonObject Simulation::newCustomer(qint64 at, int *index)
{
    const int zone = between(0, kZoneCount - 1);
    CustomerState c{uuid(at), zone, {}};
    QJsonArray phones{phone()};
    if (chance(15))
        phones << phone();
    const QString district = QString::fromUtf8(kZones[zone].name);
    const QString address = chance(6) ? QStringLiteral("济南市") + district
                                      : QStringLiteral("济南市%1%2%3号%4%5号楼%6单元%7室")
                                            .arg(district, pick(kStreets))
                                            .arg(between(1, 300))
                                            .arg(pick(kEstates))
                                            .arg(between(1, 30))
                                            .arg(between(1, 6))
                                            .arg(between(1, 33) * 100 + between(1, 4));
    *index = int(m_customers.size());
    m_customers << c;
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), name()},
            {QStringLiteral("phones"), phones},
            {QStringLiteral("address"), address},
            {QStringLiteral("zone"), QLatin1String(kZones[zone].id)}};
}

QJsonObject Simulation::newProduct(qint64 at, int customer, int *index, int category)
{
    if (category < 0) {
        // what breaks and gets serviced: fridges, air conditioners and water heaters most, purifiers need filters
        static const int weights[kCategoryCount] = {20, 24, 15, 14, 14, 6, 7};
        int roll = between(0, 99);
        category = 0;
        while (roll >= weights[category] && category < kCategoryCount - 1)
            roll -= weights[category++];
    }
    ProductState p{uuid(at), category};
    const CategoryDef &def = categoryDef(category);
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("category"), QLatin1String(kCategories[category])},
                  {QStringLiteral("brand"), chance(85) ? QStringLiteral("海尔") : QStringLiteral("统帅")}};
    if (!chance(10))
        o.insert(QStringLiteral("model"), pick(def.models));
    if (!chance(15)) {
        const QDate bought = time(at).date().addDays(-between(10, 8 * 365));
        o.insert(QStringLiteral("purchase_date"), bought.toString(Qt::ISODate));
        p.dated = true;
    }
    if (chance(40))
        o.insert(
            QStringLiteral("serial"),
            QStringLiteral("%1%2").arg(QChar(QLatin1Char(kCategories[category][0])).toUpper()).arg(m_rng.generate()));
    *index = int(m_products.size());
    m_products << p;
    m_customers[customer].products << *index;
    return o;
}

void Simulation::ticket(qint64 openedAt)
{
    // Who calls: a new customer (about 0.3 per ticket, spread evenly), otherwise one the desk already knows
    const qint64 done = m_outcome.tickets;
    const bool newCaller =
        m_customers.isEmpty() || qint64(m_customers.size()) * m_options.tickets < m_customerTarget * (done + 1);
    QJsonObject fields;
    int customer = -1, product = -1;
    if (newCaller) {
        fields.insert(QStringLiteral("customer"), newCustomer(openedAt, &customer));
        ++m_outcome.customers;
    } else {
        customer = int(m_rng.bounded(quint32(m_customers.size())));
        fields.insert(QStringLiteral("customer"), m_customers.at(customer).id);
    }
    // About which appliance: one of theirs not already being serviced, or a new one
    QList<int> free;
    for (int p : std::as_const(m_customers.at(customer).products))
        if (!m_products.at(p).busy)
            free << p;
    if (!free.isEmpty() && (newCaller || m_customers.at(customer).products.size() >= 3 || chance(70))) {
        product = pick(free);
        fields.insert(QStringLiteral("product"), m_products.at(product).id);
    } else {
        fields.insert(QStringLiteral("product"), newProduct(openedAt, customer, &product));
    }
    const int category = m_products.at(product).category;
    const CategoryDef &def = categoryDef(category);
    const int roll = between(0, 999);
    QString kind = QStringLiteral("repair");
    QString fault = pick(def.faults);
    if (category == Purifier && roll < 450) {
        kind = QStringLiteral("maintenance");
        fault = QStringLiteral("定期更换滤芯");
    } else if (roll < 70) {
        kind = QStringLiteral("install");
        fault = QStringLiteral("新机安装");
    } else if (roll < 90) {
        kind = QStringLiteral("relocation");
        fault = QStringLiteral("搬家移机");
    } else if (roll < 130) {
        kind = QStringLiteral("consultation");
        fault = QStringLiteral("咨询:") + fault;
    } else if (roll < 140) {
        kind = QStringLiteral("complaint");
        fault = QStringLiteral("投诉:上次维修后问题依旧,服务态度差");
    } else if (roll < 190 && (category == Aircon || category == Cooker)) {
        kind = QStringLiteral("maintenance");
        fault = category == Aircon ? QStringLiteral("空调清洗保养") : QStringLiteral("燃气灶安全检查");
    }
    const QString id = uuid(openedAt);
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("kind"), kind);
    fields.insert(QStringLiteral("fault"), fault);
    static const QStringList channels = {QStringLiteral("hotline"), QStringLiteral("hotline"),
                                         QStringLiteral("hotline"), QStringLiteral("wechat"),
                                         QStringLiteral("web"),     QStringLiteral("dealer")};
    fields.insert(QStringLiteral("channel"), pick(channels));
    if (chance(20))
        fields.insert(QStringLiteral("preferred_time"),
                      pick(QStringList{QStringLiteral("工作日下午"), QStringLiteral("周末上午"),
                                       QStringLiteral("晚上六点后"), QStringLiteral("越快越好")}));
    if (kind == QLatin1String("complaint") && chance(20))
        fields.insert(QStringLiteral("severity"), QStringLiteral("serious"));
    const CommandResult opened = apply(QStringLiteral("ticket.open"), openedAt, clerk(), fields);
    if (!opened.ok)
        return;
    ++m_outcome.tickets;
    m_products[product].busy = true;
    Story s{
        id,     openedAt, category, QString(), kind == QLatin1String("install") || kind == QLatin1String("relocation"),
        m_until};
    s.product = product;
    s.complaint = opened.info.value(QStringLiteral("complaint")).toString();
    // The last `open` tickets are kept open on purpose (a storm's backlog): their story stops within its first
    // 100 minutes (before any callback can close it), in whatever state it has reached by then, and is not cancelled
    if (done >= m_options.tickets - m_options.open) {
        s.stop = qMin(m_until, openedAt + qint64(between(0, 100)) * kMinute);
        s.keepOpen = true;
    }
    // The first visit goes to a skilled technician who covers the district
    const QList<QString> &candidates = m_techs[category][m_customers.at(customer).zone];
    s.technician = candidates.isEmpty() ? QStringLiteral("W001") : pick(candidates);
    if (play(s, kind))
        m_products[product].busy = false;
}

bool Simulation::play(Story &s, const QString &kind)
{
    const QString clerkId = clerk();
    if (kind == QLatin1String("complaint")) {
        // R16: registered at intake, in the caller's words, with the clerk as first owner
        Story complaint = s;
        followComplaint(complaint, s.complaint);
        if (!step(s, 5, 30, QStringLiteral("ticket.guide_by_phone"), clerkId,
                  {{QStringLiteral("note"), QStringLiteral("已向用户致歉,登记投诉,主管跟进")}}))
            return false;
        return step(s, 100, 140, QStringLiteral("callback.record"), supervisor(),
                    {{QStringLiteral("reached"), true},
                     {QStringLiteral("solved"), true},
                     {QStringLiteral("satisfaction"), QStringLiteral("基本满意")}});
    }
    // R4: guidance on the phone first where it can help
    const bool guide = kind == QLatin1String("consultation") || (kind == QLatin1String("repair") && chance(8));
    if (guide) {
        if (!step(s, 3, 10, QStringLiteral("ticket.guide_by_phone"), clerkId,
                  {{QStringLiteral("note"), QStringLiteral("电话指导用户复位、检查电源与设置")}}))
            return false;
        const int roll = between(0, 99);
        if (roll < 82) {
            return step(s, 100, 140, QStringLiteral("callback.record"), supervisor(),
                        {{QStringLiteral("reached"), true},
                         {QStringLiteral("solved"), true},
                         {QStringLiteral("satisfaction"), QStringLiteral("满意")}});
        }
        if (roll < 92) { // the callback finds it unsolved: reopened, waiting for a technician
            if (!step(s, 100, 140, QStringLiteral("callback.record"), supervisor(),
                      {{QStringLiteral("reached"), true}, {QStringLiteral("solved"), false}}))
                return false;
        }
        // otherwise the customer refuses guidance and wants a visit
    } else if (chance(3)) {
        return step(s, 5, 90, QStringLiteral("ticket.cancel"), clerkId,
                    {{QStringLiteral("reason"), QStringLiteral("用户自行解决,取消报修")}});
    }
    if (!fieldVisit(s, false))
        return false;
    return completeAndCallback(s);
}

// Dispatch, contact, departure and arrival (with their failures); true once the technician is on site.
bool Simulation::fieldVisit(Story &s, bool redispatch, bool alreadyDispatched)
{
    const QString disp = dispatcher();
    for (int attempt = 0; attempt < 3; ++attempt) {
        QJsonObject dispatch{{QStringLiteral("technician"), s.technician}};
        qint64 appointment = 0;
        if (alreadyDispatched && attempt == 0) {
            redispatch = true; // the parts came: the ticket is with its technician again (ticket.parts_arrived)
        } else {
            if (s.scheduled && !redispatch) {
                // installations by appointment: tomorrow at a free hour of the shift (R10)
                const QDateTime local = time(s.t + 30 * kMinute);
                const QDateTime start(local.date().addDays(1), QTime(9 + between(0, 7), 0), Qt::OffsetFromUTC,
                                      kOffsetSeconds);
                appointment = start.toMSecsSinceEpoch();
                dispatch.insert(QStringLiteral("appointment_start"), start.toString(Qt::ISODate));
            }
            const qint64 before = s.t;
            CommandResult r;
            m_tolerateRejection = appointment != 0; // a taken slot (R10) is retried without an appointment
            const bool dispatched = step(s, redispatch ? 30 : 5, redispatch ? 240 : 60,
                                         QStringLiteral("ticket.dispatch"), disp, dispatch, &r);
            m_tolerateRejection = false;
            if (!dispatched) {
                if (s.t > s.stop || !appointment)
                    return false;
                s.t = before; // the slot is taken: dispatch without an appointment instead
                s.scheduled = false;
                if (!step(s, 5, 60, QStringLiteral("ticket.dispatch"), disp,
                          {{QStringLiteral("technician"), s.technician}}))
                    return false;
                appointment = 0;
            }
        }
        redispatch = true;
        if (chance(8) &&
            !step(s, 20, 90, QStringLiteral("ticket.note"), clerk(),
                  {{QStringLiteral("text"), QStringLiteral("用户来电催单")}, {QStringLiteral("reminder"), true}}))
            return false;
        if (chance(4)) {
            // R9: three unanswered calls, the ticket goes back to the office
            for (int k = 0; k < 3; ++k)
                if (!step(s, k == 0 ? 5 : 10, k == 0 ? 25 : 20, QStringLiteral("ticket.contact_attempt"), disp,
                          {{QStringLiteral("reached"), false}, {QStringLiteral("note"), QStringLiteral("无人接听")}}))
                    return false;
            if (chance(6))
                return false; // never reached: still unreachable on the board
            if (chance(25)) {
                step(s, 60, 600, QStringLiteral("ticket.cancel"), disp,
                     {{QStringLiteral("reason"), QStringLiteral("多次联系不上用户")}});
                return false;
            }
            s.t += qint64(between(60, 24 * 60)) * kMinute;
            continue;
        }
        QJsonObject contact{{QStringLiteral("reached"), true}};
        if (chance(3))
            contact.insert(QStringLiteral("fault"), QStringLiteral("与登记不符,以现场为准"));
        if (!step(s, 5, 25, QStringLiteral("ticket.contact_attempt"), disp, contact))
            return false;
        if (chance(2)) {
            step(s, 10, 120, QStringLiteral("ticket.cancel"), disp,
                 {{QStringLiteral("reason"), QStringLiteral("用户已自行修好")}});
            return false;
        }
        if (appointment) {
            s.t = qMax(s.t, appointment - qint64(between(40, 70)) * kMinute);
            if (!step(s, 0, 0, QStringLiteral("ticket.depart"), disp, {}))
                return false;
            s.t = appointment;
            return arrive(s, -12, chance(10) ? 40 : 5);
        }
        if (!step(s, 10, 60, QStringLiteral("ticket.depart"), disp, {}))
            return false;
        if (chance(2)) {
            // R19: nobody at home; reached later, a new time agreed, the technician goes again
            if (!step(s, 20, 90, QStringLiteral("ticket.not_home"), disp,
                      {{QStringLiteral("waited_minutes"), between(5, 15)},
                       {QStringLiteral("phoned"), true},
                       {QStringLiteral("neighbours_asked"), chance(70)},
                       {QStringLiteral("note_left"), true},
                       {QStringLiteral("note"), QStringLiteral("敲门无人应答,已电话联系并贴留言条")}}) ||
                !step(s, 30, 240, QStringLiteral("ticket.contact_attempt"), disp, {{QStringLiteral("reached"), true}}))
                return false;
            const QDateTime local = time(s.t);
            const QDateTime start(local.date().addDays(1), QTime(9 + between(0, 8), 0), Qt::OffsetFromUTC,
                                  kOffsetSeconds);
            if (!step(s, 2, 10, QStringLiteral("ticket.reschedule"), disp,
                      {{QStringLiteral("appointment_start"), start.toString(Qt::ISODate)},
                       {QStringLiteral("reason"), QStringLiteral("用户上次不在家,改约")},
                       {QStringLiteral("customer_consent"), true},
                       {QStringLiteral("override_reason"), QStringLiteral("用户只有这个时间在家")}}))
                return false;
            s.t = qMax(s.t, start.toMSecsSinceEpoch() - qint64(between(40, 70)) * kMinute);
            if (!step(s, 0, 0, QStringLiteral("ticket.depart"), disp, {}))
                return false;
            s.t = start.toMSecsSinceEpoch();
            return arrive(s, -10, 10);
        }
        return arrive(s, 20, chance(8) ? 220 : 90);
    }
    return false;
}

bool Simulation::completeAndCallback(Story &s)
{
    const QString disp = dispatcher();
    QString loaner; // a loaner left with the customer, brought back after the repaired unit is home
    for (int visit = 0; visit < 4; ++visit) {
        const int roll = between(0, 999);
        if (roll < 45) { // R13/R18: parts to order with an expected day, the same technician back when they come
            const int days = between(1, 5);
            if (!step(s, 20, 60, QStringLiteral("ticket.await_parts"), disp,
                      {{QStringLiteral("parts"), QJsonArray{pick(categoryDef(s.category).parts)}},
                       {QStringLiteral("eta"), time(s.t + 60 * kMinute).date().addDays(days).toString(Qt::ISODate)}}))
                return false;
            if (chance(3))
                return false; // the part never came: stuck on the board
            s.t += qint64(between(days * 24 * 60 - 600, (days + 1) * 24 * 60)) * kMinute;
            if (!step(s, 0, 30, QStringLiteral("ticket.parts_arrived"), disp, {}) || !fieldVisit(s, true, true))
                return false;
            continue;
        }
        if (roll < 60) { // 拉修: taken to the workshop, a loaner from the pool left with the customer (R20)
            QJsonObject pull{{QStringLiteral("appearance"),
                              pick(QStringList{QStringLiteral("外观完好"), QStringLiteral("侧板轻微划痕"),
                                               QStringLiteral("门封条老化")})}};
            if (chance(60)) {
                // a unit the centre keeps for the purpose (the pool grows as the history needs it)
                loaner = QStringLiteral("ZZJ-%1").arg(++m_loaners, 5, 10, QLatin1Char('0'));
                apply(QStringLiteral("loaner.upsert"), s.t, disp,
                      {{QStringLiteral("serial"), loaner},
                       {QStringLiteral("category"), QLatin1String(kCategories[s.category])},
                       {QStringLiteral("location"), QStringLiteral("备件库")}});
                pull.insert(QStringLiteral("loaner_serial"), loaner);
                pull.insert(QStringLiteral("iou"), QStringLiteral("借条已签"));
            }
            if (!step(s, 20, 60, QStringLiteral("ticket.pull_back"), disp, pull))
                return false;
            if (chance(3))
                return false;
            if (!arrive(s, 3 * 24 * 60, 10 * 24 * 60))
                return false;
        } else if (roll < 70) {
            if (!step(s, 10, 30, QStringLiteral("ticket.request_support"), disp,
                      {{QStringLiteral("reason"), QStringLiteral("需要二人搬运")}}))
                return false;
        }
        // R14: the service receipt
        const CategoryDef &def = categoryDef(s.category);
        QJsonArray parts;
        if (chance(45))
            parts << QJsonObject{{QStringLiteral("sku"), pick(def.parts)}, {QStringLiteral("qty"), 1}};
        if (def.mainPart && chance(4))
            parts << QJsonObject{{QStringLiteral("sku"), QLatin1String(def.mainPart)}, {QStringLiteral("qty"), 1}};
        QJsonArray fees{QStringLiteral("VISIT")};
        if (s.category == Purifier || chance(5))
            fees << QStringLiteral("CLEAN");
        else
            fees << pick(QStringList{QStringLiteral("LAB-A"), QStringLiteral("LAB-A"), QStringLiteral("LAB-B"),
                                     QStringLiteral("LAB-C")});
        const bool paid = chance(85);
        const int mood = between(0, 99);
        QJsonObject receipt{
            {QStringLiteral("resolution"), QStringLiteral("检修完毕,试机正常")},
            {QStringLiteral("parts"), parts},
            {QStringLiteral("fee_lines"), fees},
            {QStringLiteral("paid"), paid},
            {QStringLiteral("signed_by"), chance(80) ? QStringLiteral("用户本人") : QStringLiteral("家属")},
            {QStringLiteral("cause"),
             pick(QStringList{QStringLiteral("product_defect"), QStringLiteral("product_defect"),
                              QStringLiteral("wear"), QStringLiteral("wear"), QStringLiteral("installation"),
                              QStringLiteral("misuse"), QStringLiteral("other")})},
            {QStringLiteral("satisfaction"), mood < 82   ? QStringLiteral("满意")
                                             : mood < 97 ? QStringLiteral("基本满意")
                                                         : QStringLiteral("不满意")}};
        if (s.product >= 0 && !m_products.at(s.product).dated) {
            // R5: the warranty was never verified: the invoice settles it, or the customer has none and agrees
            if (chance(70)) {
                receipt.insert(QStringLiteral("purchase_date"),
                               time(s.t).date().addDays(-between(30, 6 * 365)).toString(Qt::ISODate));
                m_products[s.product].dated = true;
            } else {
                receipt.insert(QStringLiteral("out_of_warranty_reason"), QStringLiteral("用户无发票,同意按保外收费"));
            }
        }
        CommandResult completed;
        if (!step(s, 20, 120, QStringLiteral("ticket.complete"), disp, receipt, &completed))
            return false;
        if (!loaner.isEmpty() && !chance(5)) { // R20: back at the centre a little later (now and then: never)
            Story back = s;
            step(back, 30, 3 * 24 * 60, QStringLiteral("loaner.return"), disp, {{QStringLiteral("serial"), loaner}});
            loaner.clear();
        }
        const qint64 open = completed.info.value(QStringLiteral("charges_fen")).toInteger() -
                            completed.info.value(QStringLiteral("paid_fen")).toInteger();
        // R15: the callback, within a day
        const int callbackRoll = between(0, 999);
        const QString sup = supervisor();
        if (callbackRoll < 30) { // three tries, never reached: closed as unreachable
            for (int k = 0; k < 3; ++k)
                if (!step(s, k == 0 ? 120 : 60, k == 0 ? 1800 : 240, QStringLiteral("callback.record"), sup,
                          {{QStringLiteral("reached"), false}}))
                    return false;
            return true;
        }
        if (callbackRoll < 80 &&
            !step(s, 120, 1500, QStringLiteral("callback.record"), sup, {{QStringLiteral("reached"), false}}))
            return false;
        const bool unsolved = callbackRoll >= 80 && callbackRoll < 120 && visit < 2;
        const bool overcharged = callbackRoll >= 120 && callbackRoll < 132;
        const bool breach = callbackRoll >= 132 && callbackRoll < 135;
        CommandResult callback;
        if (!step(s, callbackRoll < 80 ? 60 : 120, callbackRoll < 80 ? 240 : 1500, QStringLiteral("callback.record"),
                  sup,
                  {{QStringLiteral("reached"), true},
                   {QStringLiteral("solved"), !unsolved},
                   {QStringLiteral("on_time"), chance(92)},
                   {QStringLiteral("behaviour_ok"), !breach},
                   {QStringLiteral("charged_as_receipt"), !overcharged},
                   {QStringLiteral("satisfaction"), unsolved     ? QStringLiteral("不满意")
                                                    : breach     ? QStringLiteral("基本满意")
                                                    : chance(88) ? QStringLiteral("满意")
                                                                 : QStringLiteral("基本满意")},
                   {QStringLiteral("comment"), unsolved ? QStringLiteral("修完两天又坏了") : QString()}},
                  &callback))
            return false;
        const QString complaint = callback.info.value(QStringLiteral("complaint")).toString();
        if (!complaint.isEmpty()) {
            Story follow = s;
            followComplaint(follow, complaint);
        }
        if (open > 0 && chance(60)) {
            Story payment = s;
            step(payment, 60, 10 * 24 * 60, QStringLiteral("ticket.payment"), disp,
                 {{QStringLiteral("amount_fen"), open}});
        }
        if (!unsolved)
            return true;
        // Reopened (R15): the same technician goes back
        if (!step(s, 10, 60, QStringLiteral("ticket.contact_attempt"), disp, {{QStringLiteral("reached"), true}}) ||
            !step(s, 30, 240, QStringLiteral("ticket.depart"), disp, {}) || !arrive(s, 20, 90))
            return false;
    }
    return false;
}

void Simulation::followComplaint(Story &s, const QString &complaint)
{
    if (complaint.isEmpty())
        return;
    const QString sup = supervisor();
    auto complaintStep = [&](int lo, int hi, const QString &name, const QJsonObject &fields) {
        s.t += qint64(between(lo, hi)) * kMinute;
        return s.t <= s.stop && apply(name, s.t, sup, fields).ok;
    };
    if (!complaintStep(60, 24 * 60, QStringLiteral("complaint.step"),
                       {{QStringLiteral("complaint"), complaint},
                        {QStringLiteral("text"), QStringLiteral("已联系用户致歉,核实收费与师傅表现")}}))
        return;
    complaintStep(24 * 60, 5 * 24 * 60, QStringLiteral("complaint.resolve"),
                  {{QStringLiteral("complaint"), complaint},
                   {QStringLiteral("resolution"), QStringLiteral("退还多收费用,师傅已批评教育")},
                   {QStringLiteral("customer_confirmed"), chance(90)}});
}

Generator::Outcome Simulation::run()
{
    m_customerTarget =
        m_options.customers >= 0 ? m_options.customers : qMax<qint64>(1, (m_options.tickets * 3 + 9) / 10);
    Store &store = m_processor.store();
    store.beginBatch();
    setUp();
    store.endBatch();

    // Calls arrive every day of the three years, 08:00–20:00 local time, in order of the day
    const QDateTime untilLocal = time(m_until);
    const QDate lastDay = untilLocal.date();
    const QDate firstDay = lastDay.addYears(-3).addDays(1);
    const qint64 days = firstDay.daysTo(lastDay) + 1;
    qint64 inBatch = 0;
    store.beginBatch();
    for (qint64 i = 0; i < m_options.tickets; ++i) {
        const QDate day = firstDay.addDays(i * days / m_options.tickets);
        const QDateTime midnight(day, QTime(0, 0), Qt::OffsetFromUTC, kOffsetSeconds);
        qint64 at =
            midnight.toMSecsSinceEpoch() + qint64(between(8 * 60, 20 * 60 - 1)) * kMinute + between(0, 59) * 1000;
        if (at > m_until - kMinute)
            at = m_until - qint64(between(1, 9 * 60)) * kMinute;
        ticket(at);
        if (++inBatch >= m_options.batchTickets) {
            store.endBatch();
            if (m_options.progress)
                m_options.progress(m_outcome.tickets, m_outcome.commands);
            store.beginBatch();
            inBatch = 0;
        }
    }
    store.endBatch();
    if (m_options.progress)
        m_options.progress(m_outcome.tickets, m_outcome.commands);
    return m_outcome;
}
} // namespace

QString Generator::deviceId(quint32 seed)
{
    return QStringLiteral("generator-%1").arg(seed);
}

Generator::Outcome Generator::run(CommandProcessor &processor, const Options &options)
{
    Ids::setSeed(options.seed);
    Simulation simulation(processor, options);
    Outcome outcome;
    try {
        outcome = simulation.run();
    } catch (...) {
        Ids::setSeed(std::nullopt);
        throw;
    }
    Ids::setSeed(std::nullopt);
    return outcome;
}
