#include "TicketSortFilterModel.h"

#include "TicketListModel.h"

TicketSortFilterModel::TicketSortFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TicketListModel::RawValueRole);
}

void TicketSortFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TicketSortFilterModel::setState(const QString &state)
{
    m_state = state;
    invalidateFilter();
}

void TicketSortFilterModel::setFlag(const QString &flag)
{
    m_flag = flag;
    invalidateFilter();
}

bool TicketSortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_state.isEmpty() && first.data(TicketListModel::StateRole).toString() != m_state)
        return false;
    if (!m_flag.isEmpty() &&
        !first.data(TicketListModel::FlagsRole).toString().split(QLatin1Char(' ')).contains(m_flag))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < source->columnCount(sourceParent); ++c)
        if (source->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
