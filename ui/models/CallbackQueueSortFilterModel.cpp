#include "CallbackQueueSortFilterModel.h"

#include "CallbackQueueModel.h"

CallbackQueueSortFilterModel::CallbackQueueSortFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CallbackQueueModel::RawValueRole);
    setDynamicSortFilter(true);
}

void CallbackQueueSortFilterModel::setDueBefore(qint64 ms)
{
    if (ms == m_dueBefore)
        return;
    m_dueBefore = ms;
    invalidateFilter();
}

bool CallbackQueueSortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_dueBefore <= 0)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(CallbackQueueModel::DueRole).toLongLong() < m_dueBefore;
}
