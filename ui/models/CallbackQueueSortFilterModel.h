#pragma once

#include <QSortFilterProxyModel>

// The morning round's view of the queue: callbacks due before a time (the end of today), overdue first (sorted on
// the due time), or all of them.
class CallbackQueueSortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CallbackQueueSortFilterModel(QObject *parent = nullptr);
    // 0 shows every open callback.
    void setDueBefore(qint64 ms);
    qint64 dueBefore() const { return m_dueBefore; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_dueBefore = 0;
};
