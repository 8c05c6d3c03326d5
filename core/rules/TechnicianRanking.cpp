#include "TechnicianRanking.h"

#include "ScheduleRules.h"
#include "domain/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {
QStringList jsonList(const QVariant &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toString().toUtf8()).array())
        out << v.toString();
    return out;
}
} // namespace

QList<Suggestion> TechnicianRanking::rank(Store &store, const Record &ticket, qint64 nowMs,
                                          const RuleSettings &settings)
{
    const auto product = store.load(Store::Products, ticket.value(QStringLiteral("product_id")).toString());
    const auto customer = store.load(Store::Customers, ticket.value(QStringLiteral("customer_id")).toString());
    const QString category = product ? product->value(QStringLiteral("category")).toString() : QString();
    const auto categoryRecord = store.load(Store::Categories, category);
    const QString categoryName = categoryRecord ? categoryRecord->value(QStringLiteral("name")).toString() : category;
    const QString zone = customer ? customer->value(QStringLiteral("zone")).toString() : QString();
    const auto zoneRecord = store.load(Store::Zones, zone);
    const QString zoneName = zoneRecord ? zoneRecord->value(QStringLiteral("name")).toString() : zone;
    const QString installer = product ? product->value(QStringLiteral("installer")).toString() : QString();
    const QString lastTech =
        product ? store.lastTechnicianForProduct(product->value(QStringLiteral("id")).toString()).value_or(QString())
                : QString();
    const qint64 deadline = ticket.value(QStringLiteral("on_site_by")).isNull()
                                ? nowMs + qint64(settings.onsiteSlaMinutes) * 60000
                                : ticket.value(QStringLiteral("on_site_by")).toLongLong();
    const QString ticketId = ticket.value(QStringLiteral("id")).toString();

    QList<Suggestion> out;
    for (const Record &tech : store.all(Store::Technicians, QStringLiteral("id"))) {
        if (!tech.value(QStringLiteral("active")).toBool())
            continue;
        Suggestion s;
        s.technicianId = tech.value(QStringLiteral("id")).toString();
        s.name = tech.value(QStringLiteral("name")).toString();
        if (!installer.isEmpty() && installer == s.technicianId) {
            s.score += 100;
            s.reasons << tr("installed this product");
        } else if (!lastTech.isEmpty() && lastTech == s.technicianId) {
            s.score += 100;
            s.reasons << tr("serviced this product last");
        }
        if (jsonList(tech.value(QStringLiteral("skills"))).contains(category)) {
            s.score += 40;
            s.reasons << tr("skilled in %1").arg(categoryName);
        } else {
            s.score -= 100;
            s.reasons << tr("no skill for %1").arg(categoryName);
        }
        if (!zone.isEmpty() && jsonList(tech.value(QStringLiteral("zones"))).contains(zone)) {
            s.score += 30;
            s.reasons << tr("covers %1").arg(zoneName);
        } else if (!zone.isEmpty()) {
            s.score -= 20;
            s.reasons << tr("outside their zones");
        }
        // R10: the technician's real next free slot (shift, other visits, travel), against the on-site deadline
        const std::optional<qint64> free = ScheduleRules::nextFreeStart(store, s.technicianId, ticket, nowMs, settings);
        const auto when = [&](qint64 ms) {
            const QString at = TimeFormat::iso(ms, settings.utcOffsetMinutes);
            const bool sameDay = at.left(10) == TimeFormat::iso(nowMs, settings.utcOffsetMinutes).left(10);
            return sameDay ? at.mid(11, 5) : at.mid(5, 5) + QLatin1Char(' ') + at.mid(11, 5);
        };
        if (!free) {
            s.score -= 30;
            s.reasons << tr("no free time in the next three days");
        } else if (*free <= nowMs + 15 * 60000) {
            s.score += 20;
            s.reasons << tr("free now");
        } else if (*free <= deadline) {
            s.score += 20;
            s.reasons << tr("free from %1").arg(when(*free));
        } else {
            s.score -= 10;
            s.reasons << tr("next free %1, after the deadline").arg(when(*free));
        }
        const int load = store.openTicketsOfTechnician(s.technicianId);
        s.score -= 5 * load;
        s.reasons << tr("%n open job(s)", nullptr, load);
        out << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score != b.score ? a.score > b.score : a.technicianId < b.technicianId;
    });
    return out;
}
