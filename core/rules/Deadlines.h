#pragma once

#include <QString>
#include <QVariantMap>
#include <optional>

// Which deadline a ticket is racing now: the contact call (R9) until the customer is reached, then arrival on site
// (R8), then the callback (R15, R4). The board shows the time left to it. storage/Schema.h kDeadlineSql is the same
// rule in SQL (the board's order); a test keeps the two equal.
namespace Deadlines {
struct Next
{
    QString kind; // contact_by, on_site_by, callback_by
    qint64 atMs = 0;
};

inline std::optional<Next> next(const QString &state, std::optional<qint64> contactBy, std::optional<qint64> onSiteBy,
                                std::optional<qint64> callbackBy)
{
    auto make = [](const char *name, std::optional<qint64> at) -> std::optional<Next> {
        if (!at)
            return std::nullopt;
        return Next{QLatin1String(name), *at};
    };
    if (state == QLatin1String("dispatched")) {
        if (contactBy && (!onSiteBy || *contactBy <= *onSiteBy))
            return make("contact_by", contactBy);
        return make("on_site_by", onSiteBy);
    }
    if (state == QLatin1String("contacted") || state == QLatin1String("en_route"))
        return make("on_site_by", onSiteBy);
    if (state == QLatin1String("completed") || state == QLatin1String("guided_by_phone"))
        return make("callback_by", callbackBy);
    return std::nullopt;
}

inline std::optional<Next> next(const QVariantMap &ticket)
{
    auto field = [&](const char *name) -> std::optional<qint64> {
        const QVariant v = ticket.value(QLatin1String(name));
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    };
    return next(ticket.value(QStringLiteral("state")).toString(), field("contact_by"), field("on_site_by"),
                field("callback_by"));
}
} // namespace Deadlines
