#pragma once

#include <QWidget>

class DeskService;
class TicketListModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

// The dispatcher's board: every open ticket with its time left, the alerts, and for the selected ticket the
// ranked technicians (R11) with their reasons; Enter on a suggestion assigns.
class DispatchBoard : public QWidget
{
    Q_OBJECT
public:
    explicit DispatchBoard(DeskService &desk, QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *suggestions() const { return m_suggestions; }
    QListWidget *alerts() const { return m_alerts; }
    QString selectedTicket() const;
    void selectTicket(const QString &ticketId);
    void tick();

public slots:
    void assignSelectedSuggestion();

private:
    void refreshSuggestions();
    void refreshAlerts();

    DeskService &m_desk;
    TicketListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QListWidget *m_suggestions;
    QListWidget *m_alerts;
    QLabel *m_message;
};
