#include "ServiceContract.h"

#include "rules/CommandArgs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList kCovers = {QStringLiteral("visit"), QStringLiteral("labour"), QStringLiteral("parts")};
}

bool ServiceContract::appliesOn(const QDate &day, const QString &category) const
{
    if (from.isValid() && day < from)
        return false;
    if (until.isValid() && day > until)
        return false;
    return categories.isEmpty() || categories.contains(category);
}

QString ServiceContract::toStored() const
{
    QJsonArray covers;
    if (visit)
        covers << QStringLiteral("visit");
    if (labour)
        covers << QStringLiteral("labour");
    if (parts)
        covers << QStringLiteral("parts");
    QJsonObject o{{QStringLiteral("number"), number}, {QStringLiteral("covers"), covers}};
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
    if (!categories.isEmpty())
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ServiceContract> ServiceContract::fromStored(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    ServiceContract c;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) { // a contract number kept before contracts were records: it covered everything
        c.number = text.trimmed();
        c.visit = c.labour = c.parts = true;
        return c;
    }
    const QJsonObject o = doc.object();
    c.number = o.value(QLatin1String("number")).toString();
    c.from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
    c.until = QDate::fromString(o.value(QLatin1String("until")).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.value(QLatin1String("covers")).toArray()) {
        c.visit = c.visit || v.toString() == QLatin1String("visit");
        c.labour = c.labour || v.toString() == QLatin1String("labour");
        c.parts = c.parts || v.toString() == QLatin1String("parts");
    }
    for (const QJsonValue &v : o.value(QLatin1String("categories")).toArray())
        c.categories << v.toString();
    return c;
}

std::optional<ServiceContract> ServiceContract::fromCommand(const QJsonValue &value, const CommandArgs &args)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty()))
        return std::nullopt;
    if (!value.isObject())
        args.reject(QStringLiteral("contract"),
                    tr("contract must give the agreement's number, the dates it is valid and what it covers "
                       "(visit, labour, parts), or be empty to remove it."));
    CommandArgs ca(value.toObject(), args.field(QStringLiteral("contract")));
    ServiceContract c;
    c.number = ca.requiredString(QStringLiteral("number"));
    if (const auto d = ca.optionalDate(QStringLiteral("from")))
        c.from = *d;
    if (const auto d = ca.optionalDate(QStringLiteral("until")))
        c.until = *d;
    if (c.from.isValid() && c.until.isValid() && c.until < c.from)
        ca.reject(QStringLiteral("until"), tr("The contract ends (%1) before it starts (%2).")
                                               .arg(c.until.toString(Qt::ISODate), c.from.toString(Qt::ISODate)));
    const QJsonArray covers = ca.requiredArray(QStringLiteral("covers"));
    if (covers.isEmpty())
        ca.reject(QStringLiteral("covers"), tr("Say what the contract covers: the visit, labour, parts or several."));
    for (int i = 0; i < covers.size(); ++i) {
        const QString what = covers.at(i).toString();
        if (!kCovers.contains(what))
            ca.reject(QStringLiteral("covers[%1]").arg(i),
                      tr("A contract covers the visit (visit), labour (labour) or parts (parts), not \"%1\".")
                          .arg(covers.at(i).toVariant().toString()));
        c.visit = c.visit || what == QLatin1String("visit");
        c.labour = c.labour || what == QLatin1String("labour");
        c.parts = c.parts || what == QLatin1String("parts");
    }
    c.categories = ca.stringList(QStringLiteral("categories"));
    return c;
}

QString ServiceContract::describe() const
{
    QStringList covered;
    if (visit)
        covered << tr("the visit");
    if (labour)
        covered << tr("labour");
    if (parts)
        covered << tr("parts");
    QString period;
    if (from.isValid() || until.isValid())
        period = tr("%1 to %2")
                     .arg(from.isValid() ? from.toString(Qt::ISODate) : tr("open"),
                          until.isValid() ? until.toString(Qt::ISODate) : tr("open"));
    else
        period = tr("no end date");
    return tr("%1, %2, covers %3").arg(number, period, covered.join(tr(", ")));
}
