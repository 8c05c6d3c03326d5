#pragma once

#include <QString>
#include <QVariantMap>
#include <optional>

// Which deadline a ticket is racing now: dispatch (R9) while it is new, the contact call (R9) until the customer is
// reached, then arrival on site (R8), the expected parts while it waits for them (R18), then the callback (R15, R4).
// The board shows the time left to it. storage/Schema.h kDeadlineSql is the same rule in SQL (the board's order); a
// test keeps the two equal.
namespace Deadlines {
struct Next
{
    QString kind; // dispatch_by, contact_by, on_site_by, parts_eta, callback_by
    qint64 atMs = 0;
};

struct Times
{
    std::optional<qint64> dispatchBy, contactBy, onSiteBy, partsEta, callbackBy;
};

inline std::optional<Next> next(const QString &state, const Times &t)
{
    const std::optional<qint64> &contactBy = t.contactBy, &onSiteBy = t.onSiteBy, &callbackBy = t.callbackBy;
    auto make = [](const char *name, std::optional<qint64> at) -> std::optional<Next> {
        if (!at)
            return std::nullopt;
        return Next{QLatin1String(name), *at};
    };
    if (state == QLatin1String("new"))
        return make("dispatch_by", t.dispatchBy);
    if (state == QLatin1String("awaiting_parts"))
        return make("parts_eta", t.partsEta);
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
    return next(ticket.value(QStringLiteral("state")).toString(),
                Times{field("dispatch_by"), field("contact_by"), field("on_site_by"), field("parts_eta"),
                      field("callback_by")});
}
} // namespace Deadlines
