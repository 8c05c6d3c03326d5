#pragma once

#include <QDateTime>
#include <functional>

class Command;
class CommandProcessor;
struct CommandResult;

// A realistic service centre for demonstrations and screenshots, built through the same commands a desk
// issues: technicians, zones with travel times, the catalogue with warranty terms, the fee schedule, parts,
// customers with Chinese names, phones and addresses, and tickets in every state, timed relative to `now` so that
// countdowns and alerts are live. Deterministic for a seed.
class DemoCentre
{
public:
    struct Options
    {
        int customers = 300;
        int tickets = 180;
        quint32 seed = 20261123;
    };

    struct Outcome
    {
        int commands = 0;
        int rejected = 0;
        QStringList firstErrors;
    };

    // How a builder applies a command: as the desk's own (the demo) or with an origin of its own (the generator).
    using Apply = std::function<CommandResult(const Command &)>;

    static Outcome build(CommandProcessor &processor, const QDateTime &now, const Options &options);
    // The catalogue every generated centre shares: parts at catalogue prices, product categories (fridge, aircon,
    // washer, water_heater, purifier, cooker, range_hood) with their warranty terms, and the fee schedule.
    static void addCatalogue(const Apply &apply, const QDateTime &at, const QString &by, Outcome &outcome);
    static Outcome build(CommandProcessor &processor, const QDateTime &now) { return build(processor, now, Options()); }
};
