#pragma once

#include "storage/Store.h"

#include <QJsonObject>

// The supervisor's numbers (SPEC §5) over a period [from, to) as seen at `asOf`: for the whole centre, per
// technician, outlet, product category and model, and per day or week for the trends; the tickets behind any
// number; faults by model and part; the outlet claim-outlier check. Every figure is counted in SQL over the
// indexed time column of what it counts (opened_at, completed_at, due_at, created_at); medians and p90 are taken
// from the sorted values. A rate or a median with nothing to count is null, never 0.
class KpiQueries
{
public:
    enum Dimension { Total, Technician, Outlet, Category, Model, Day, Week };

    struct Period
    {
        qint64 from = 0;
        qint64 to = 0;
        qint64 asOf = 0;
        int utcOffsetMinutes = 480; // where days and weeks begin
    };

    // One row of a breakdown: the technician, outlet, category, model, day or week, and its KPIs by name. For
    // Day and Week the key is the day's (week's Monday's) date, yyyy-MM-dd.
    struct Group
    {
        QString key;
        QString label;
        QJsonObject values;
    };

    explicit KpiQueries(Store &store) : m_store(store) {}

    // Every KPI, in the order a supervisor reads them.
    static QStringList names();
    // KPIs whose value is a rate 0…1, minutes, money (fen) or a plain count / per-100 figure.
    static bool isRate(const QString &kpi);
    static bool isMinutes(const QString &kpi);
    static bool isMoney(const QString &kpi);
    // What the outlet check calls far above the others: claims per ticket this many times the others' figure.
    static constexpr double kClaimOutlierFactor = 2.0;

    QJsonObject totals(const Period &period);
    QList<Group> groups(Dimension dimension, const Period &period);

    // The records counted by `kpi` for one group (key as in Group; ignored for Total), oldest first: ticket_id,
    // number, kind, state, customer_name, category_name, model, technician_name, outlet, at (the counted time),
    // counted (1 when it meets the KPI, for rates), value (minutes or fen, where the KPI has one).
    QList<Record> ticketsBehind(const QString &kpi, Dimension dimension, const QString &key, const Period &period);

    // Repairs opened in the period by category and model: category, category_name, model, repairs, repeats,
    // parts (parts used on them). Most repairs first.
    // Repairs by category and model: repairs, repeats, parts used, and how many each cause explains (product_defect,
    // installation, misuse, wear)
    QList<Record> faultsByModel(const Period &period);
    // Parts used on tickets completed in the period: sku, name, qty, tickets, models. Most used first.
    QList<Record> faultsByPart(const Period &period);
    // Warranty claims (charges covered by warranty) on tickets completed in the period, per outlet: outlet,
    // tickets, claim_lines, claims_fen, per_ticket_fen, others_per_ticket_fen (null when there is no other
    // outlet), outlier (per ticket above kClaimOutlierFactor times the other outlets' figure).
    QList<Record> outletClaims(const Period &period);

private:
    struct Measure;
    static const QList<Measure> &measures();
    static const Measure *measureOf(const QString &kpi);
    QSqlQuery &run(const QString &sql, const Period &period, const QVariant &key = {});

    Store &m_store;
};
