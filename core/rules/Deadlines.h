#pragma once

#include <QString>
#include <QVariantMap>
#include <optional>

// Which deadline a ticket is racing now: the contact call (R9) until the customer is reached, then arrival on site
// (R8), then the callback (R15, R4). The board shows the time left to it.
namespace Deadlines {
struct Next
{
    QString kind; // contact_by, on_site_by, callback_by
    qint64 atMs = 0;
};

inline std::optional<Next> next(const QVariantMap &ticket)
{
    const QString state = ticket.value(QStringLiteral("state")).toString();
    auto field = [&](const char *name) -> std::optional<Next> {
        const QVariant v = ticket.value(QLatin1String(name));
        if (v.isNull())
            return std::nullopt;
        return Next{QLatin1String(name), v.toLongLong()};
    };
    if (state == QLatin1String("dispatched")) {
        const auto contact = field("contact_by");
        const auto onSite = field("on_site_by");
        if (contact && (!onSite || contact->atMs <= onSite->atMs))
            return contact;
        return onSite;
    }
    if (state == QLatin1String("contacted") || state == QLatin1String("en_route"))
        return field("on_site_by");
    if (state == QLatin1String("completed") || state == QLatin1String("guided_by_phone"))
        return field("callback_by");
    return std::nullopt;
}
} // namespace Deadlines
