#include "CustomerImport.h"

#include "Workbook.h"
#include "domain/Ids.h"
#include "rules/PhoneNumbers.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << field.trimmed();
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field.trimmed();
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field.trimmed();
        rows << row;
    }
    return rows;
}

QDate parseDate(const QString &text)
{
    // An Excel date serial typed into a text column (45356 = 2024-03-05)
    bool serial = false;
    const int days = text.trimmed().toInt(&serial);
    if (serial && days > 20000 && days < 80000)
        return QDate(1899, 12, 30).addDays(days);
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}
} // namespace

QStringList CustomerImport::fields()
{
    return {QStringLiteral("name"),   QStringLiteral("phone"),         QStringLiteral("address"),
            QStringLiteral("zone"),   QStringLiteral("category"),      QStringLiteral("model"),
            QStringLiteral("serial"), QStringLiteral("purchase_date"), QStringLiteral("dealer")};
}

QString CustomerImport::fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("zone"))
        return tr("Zone");
    if (field == QLatin1String("category"))
        return tr("Category");
    if (field == QLatin1String("model"))
        return tr("Model");
    if (field == QLatin1String("serial"))
        return tr("Serial");
    if (field == QLatin1String("purchase_date"))
        return tr("Purchase date");
    if (field == QLatin1String("dealer"))
        return tr("Dealer");
    return tr("(ignore)");
}

CustomerImport::Table CustomerImport::parse(const QByteArray &raw, QString *error)
{
    Table t;
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    t.encoding = QStringLiteral("UTF-8");
    if (utf8.hasError()) {
        // Spreadsheets saved on Chinese Windows are GB18030 (GBK)
        QStringDecoder gb("GB18030");
        if (!gb.isValid()) {
            *error = tr("The file is not UTF-8 and this system cannot read GB18030.");
            return {};
        }
        text = gb.decode(bytes);
        if (gb.hasError()) {
            *error = tr("The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV.");
            return {};
        }
        t.encoding = QStringLiteral("GB18030");
    }
    Table table = fromRows(parseCsv(text));
    if (table.header.isEmpty()) {
        *error = tr("The file is empty.");
        return {};
    }
    table.encoding = t.encoding;
    return table;
}

CustomerImport::Table CustomerImport::fromRows(QList<QStringList> rows)
{
    while (!rows.isEmpty() && rows.last().join(QString()).trimmed().isEmpty())
        rows.removeLast();
    Table t;
    int best = -1, bestScore = 0;
    for (int i = 0; i < rows.size() && i < 10; ++i) {
        QStringList distinct; // a title merged across the columns repeats one text: it names one thing
        for (const QString &cell : rows.at(i))
            if (!cell.trimmed().isEmpty() && !distinct.contains(cell.trimmed()))
                distinct << cell.trimmed();
        const int score = int(guessMapping(distinct).size());
        if (best < 0 && !distinct.isEmpty())
            best = i; // the first row with anything, when no row names a field
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    if (best < 0)
        return t;
    t.headerLine = best + 1;
    t.header = rows.at(best);
    t.rows = rows.mid(best + 1);
    return t;
}

CustomerImport::Table CustomerImport::load(const QByteArray &bytes, const QString &sheet, QString *error,
                                           QStringList *sheets)
{
    if (!Workbook::looksLikeWorkbook(bytes) && !bytes.startsWith("\xD0\xCF\x11\xE0"))
        return parse(bytes, error);
    const QList<Workbook::Sheet> all = Workbook::read(bytes, error);
    if (all.isEmpty())
        return {};
    QStringList names;
    for (const Workbook::Sheet &s : all)
        names << s.name;
    if (sheets)
        *sheets = names;
    // The named sheet; else the one whose header names the most fields (not the instructions sheet before it)
    const Workbook::Sheet *chosen = nullptr;
    int bestScore = -1;
    for (const Workbook::Sheet &s : all) {
        if (!sheet.isEmpty()) {
            if (s.name == sheet) {
                chosen = &s;
                break;
            }
            continue;
        }
        if (s.rows.isEmpty())
            continue;
        const int score = int(guessMapping(fromRows(s.rows).header).size());
        if (score > bestScore) {
            bestScore = score;
            chosen = &s;
        }
    }
    if (!chosen) {
        *error = sheet.isEmpty() ? tr("Every sheet of the workbook is empty.")
                                 : tr("The workbook has no sheet \"%1\"; its sheets are: %2.")
                                       .arg(sheet, names.join(QStringLiteral(", ")));
        return {};
    }
    Table t = fromRows(chosen->rows);
    if (t.header.isEmpty()) {
        *error = tr("The sheet \"%1\" is empty.").arg(chosen->name);
        return {};
    }
    t.encoding = QStringLiteral("xlsx");
    t.sheet = chosen->name;
    return t;
}

QString CustomerImport::describe(const Table &table, const Issue &issue)
{
    if (table.sheet.isEmpty())
        return tr("Line %1: %2").arg(issue.line).arg(issue.reason);
    return tr("Sheet %1, row %2: %3").arg(table.sheet).arg(issue.line).arg(issue.reason);
}

QHash<int, QString> CustomerImport::guessMapping(const QStringList &header)
{
    const QList<QPair<QString, QStringList>> words = {
        {QStringLiteral("phone"),
         {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("联系方式"), QStringLiteral("phone"),
          QStringLiteral("mobile"), QStringLiteral("tel")}},
        {QStringLiteral("purchase_date"),
         {QStringLiteral("购买"), QStringLiteral("购机"), QStringLiteral("日期"), QStringLiteral("purchase"),
          QStringLiteral("date")}},
        {QStringLiteral("serial"),
         {QStringLiteral("序列"), QStringLiteral("条码"), QStringLiteral("机号"), QStringLiteral("serial"),
          QStringLiteral("sn")}},
        {QStringLiteral("model"), {QStringLiteral("型号"), QStringLiteral("model")}},
        {QStringLiteral("category"),
         {QStringLiteral("品类"), QStringLiteral("类别"), QStringLiteral("产品"), QStringLiteral("category"),
          QStringLiteral("product")}},
        {QStringLiteral("zone"), {QStringLiteral("片区"), QStringLiteral("区域"), QStringLiteral("zone")}},
        {QStringLiteral("address"), {QStringLiteral("地址"), QStringLiteral("住址"), QStringLiteral("address")}},
        {QStringLiteral("dealer"), {QStringLiteral("经销"), QStringLiteral("商家"), QStringLiteral("dealer")}},
        {QStringLiteral("name"),
         {QStringLiteral("姓名"), QStringLiteral("用户"), QStringLiteral("客户"), QStringLiteral("name")}},
    };
    QHash<int, QString> mapping;
    QSet<QString> taken;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).toLower();
        for (const auto &w : words) {
            if (taken.contains(w.first))
                continue;
            bool hit = false;
            for (const QString &k : w.second)
                hit = hit || h.contains(k);
            if (hit) {
                mapping.insert(i, w.first);
                taken.insert(w.first);
                break;
            }
        }
    }
    return mapping;
}

CustomerImport::Plan CustomerImport::plan(CommandProcessor &processor, const Table &table,
                                          const QHash<int, QString> &mapping)
{
    Store &store = processor.store();
    Plan plan;
    QHash<QString, int> column;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        column.insert(it.value(), it.key());
    for (const char *required : {"name", "phone", "address", "category"})
        if (!column.contains(QLatin1String(required))) {
            plan.bad << Issue{table.headerLine,
                              tr("No column is mapped to %1.").arg(fieldLabel(QLatin1String(required)))};
            return plan;
        }
    // Categories and zones by id or by name
    QHash<QString, QString> categories, zones;
    for (const Record &c : store.all(Store::Categories, QStringLiteral("id"))) {
        categories.insert(c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("id")).toString());
        categories.insert(c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("id")).toString());
    }
    for (const Record &z : store.all(Store::Zones, QStringLiteral("id"))) {
        zones.insert(z.value(QStringLiteral("id")).toString(), z.value(QStringLiteral("id")).toString());
        zones.insert(z.value(QStringLiteral("name")).toString(), z.value(QStringLiteral("id")).toString());
    }
    QHash<QString, QString> customerByPhone; // within the file and the desk
    QSet<QString> productKeys;               // customer + serial (or category + model) seen in the file
    const QDate today = QDate::currentDate();
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = table.headerLine + 1 + r;
        auto cell = [&](const char *field) {
            const int c = column.value(QLatin1String(field), -1);
            return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
        };
        if (row.join(QString()).trimmed().isEmpty())
            continue;
        const QString name = cell("name");
        if (name.isEmpty()) {
            plan.bad << Issue{line, tr("the name is empty")};
            continue;
        }
        QString phoneProblem;
        const QString phone = PhoneNumbers::normalize(cell("phone"), &phoneProblem);
        if (phone.isEmpty()) {
            plan.bad << Issue{line, tr("bad phone: %1").arg(phoneProblem)};
            continue;
        }
        const QString address = cell("address");
        if (address.isEmpty()) {
            plan.bad << Issue{line, tr("the address is empty")};
            continue;
        }
        const QString category = categories.value(cell("category"));
        if (category.isEmpty()) {
            plan.bad << Issue{line, tr("unknown category \"%1\"").arg(cell("category"))};
            continue;
        }
        QString zone;
        if (!cell("zone").isEmpty()) {
            zone = zones.value(cell("zone"));
            if (zone.isEmpty()) {
                plan.bad << Issue{line, tr("unknown zone \"%1\"").arg(cell("zone"))};
                continue;
            }
        }
        QString purchase;
        if (!cell("purchase_date").isEmpty()) {
            const QDate d = parseDate(cell("purchase_date"));
            if (!d.isValid() || d > today) {
                plan.bad << Issue{line, tr("bad purchase date \"%1\" (use YYYY-MM-DD)").arg(cell("purchase_date"))};
                continue;
            }
            purchase = d.toString(Qt::ISODate);
        }
        // The same caller: by phone, in the desk or earlier in this file
        QString customerId = customerByPhone.value(phone);
        if (customerId.isEmpty()) {
            const QStringList known = store.customersByPhone(phone);
            if (!known.isEmpty()) {
                customerId = known.first();
                ++plan.knownCustomers;
            } else {
                customerId = Ids::uuid7(QDateTime::currentMSecsSinceEpoch());
                ++plan.newCustomers;
            }
            customerByPhone.insert(phone, customerId);
            QJsonObject customer{{QStringLiteral("id"), customerId},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("phones"), QJsonArray{phone}},
                                 {QStringLiteral("address"), address}};
            if (!zone.isEmpty())
                customer.insert(QStringLiteral("zone"), zone);
            plan.commands << qMakePair(QStringLiteral("customer.upsert"), customer);
        }
        const QString model = cell("model");
        const QString serial = cell("serial");
        const QString key =
            customerId + QLatin1Char('|') + category + QLatin1Char('|') + (serial.isEmpty() ? model : serial);
        ++plan.goodRows;
        if (productKeys.contains(key))
            continue; // the same appliance twice in the file
        productKeys.insert(key);
        const bool known = store.findProduct(customerId, category, model, serial).has_value();
        known ? ++plan.knownProducts : ++plan.newProducts;
        QJsonObject product{{QStringLiteral("customer"), customerId}, {QStringLiteral("category"), category}};
        if (!model.isEmpty())
            product.insert(QStringLiteral("model"), model);
        if (!serial.isEmpty())
            product.insert(QStringLiteral("serial"), serial);
        if (!purchase.isEmpty())
            product.insert(QStringLiteral("purchase_date"), purchase);
        if (!cell("dealer").isEmpty())
            product.insert(QStringLiteral("dealer"), cell("dealer"));
        plan.commands << qMakePair(QStringLiteral("product.register"), product);
    }
    return plan;
}

bool CustomerImport::commit(CommandProcessor &processor, const Plan &plan, const QDateTime &at, const QString &by,
                            QString *error)
{
    Store &store = processor.store();
    try {
        store.beginBatch();
        for (const auto &c : plan.commands) {
            const CommandResult r = processor.apply(Command(c.first, at, by, c.second));
            if (!r.ok) {
                store.abortBatch();
                *error = tr("Nothing was imported: %1 (%2)").arg(r.error.message, r.error.field);
                return false;
            }
        }
        store.endBatch();
    } catch (const StorageError &e) {
        store.abortBatch();
        *error = tr("Nothing was imported: %1").arg(e.message());
        return false;
    }
    return true;
}
