#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// What one transaction (a command, or a batch of them) changed, by kind of record: the store notes every row it
// writes, the command's result carries the set, and the desk service turns it into one typed signal per kind, so
// each view updates the rows it shows and nothing else. Nobody needs to know which command did it.
struct Changes
{
    QSet<QString> tickets;         // a ticket row or what hangs on it (timeline, charges, payments, visits, loaners)
    QSet<QString> callbackTickets; // tickets whose callbacks changed
    QSet<QString> complaints;      // complaint ids (with their steps)
    QSet<QString> tasks;           // manager task ids (R21)
    bool visits = false;           // an appointment was made, moved or ended: the technicians' day lanes
    QHash<int, QSet<QString>> reference; // Store::Table → ids: users, zones, categories, parts, fees, technicians,
                                         // customers, products
    QSet<QString> settings;              // setting keys
    bool reset = false;                  // everything may have changed (a restore, a download, an import)

    bool isEmpty() const
    {
        return tickets.isEmpty() && callbackTickets.isEmpty() && complaints.isEmpty() && tasks.isEmpty() && !visits &&
               reference.isEmpty() && settings.isEmpty() && !reset;
    }
    void merge(const Changes &other)
    {
        tickets.unite(other.tickets);
        callbackTickets.unite(other.callbackTickets);
        complaints.unite(other.complaints);
        tasks.unite(other.tasks);
        visits = visits || other.visits;
        for (auto it = other.reference.cbegin(); it != other.reference.cend(); ++it)
            reference[it.key()].unite(it.value());
        settings.unite(other.settings);
        reset = reset || other.reset;
    }
    static QStringList sorted(const QSet<QString> &ids)
    {
        QStringList out(ids.cbegin(), ids.cend());
        out.sort();
        return out;
    }
};
