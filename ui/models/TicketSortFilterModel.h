#pragma once

#include <QSortFilterProxyModel>

// The board's view of the ticket list: sorted on raw values, filtered by free text, by a state and by a flag.
class TicketSortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TicketSortFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);
    void setState(const QString &state); // empty: all
    void setFlag(const QString &flag);   // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_state;
    QString m_flag;
};
