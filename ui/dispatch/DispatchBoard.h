#pragma once

#include "print/PrintedForm.h"

#include <QDir>
#include <QJsonObject>
#include <QWidget>
#include <functional>
#include <optional>

class DeskService;
struct CommandResult;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class AlertListModel;
class QListView;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class ScheduleView;
class TechnicianScheduleModel;
class TicketListModel;

// The dispatcher's board: every open ticket with its time left, filters, the alerts, the technicians' day lanes,
// and for the selected ticket the ranked technicians (R11) and one key per thing a technician phones in.
// Every action is a core command; a refusal is shown with the core's words.
class DispatchBoard : public QWidget
{
    Q_OBJECT
public:
    explicit DispatchBoard(DeskService &desk, QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }
    TechnicianScheduleModel *scheduleModel() const { return m_schedule; }
    ScheduleView *scheduleView() const { return m_scheduleView; }
    QTableView *table() const { return m_table; }
    QListWidget *suggestions() const { return m_suggestions; }
    QListView *alerts() const { return m_alerts; }
    AlertListModel *alertModel() const { return m_alertModel; }
    QString selectedTicket() const;
    void selectTicket(const QString &ticketId);
    // Selects an open ticket; a closed one (not on the board) shows its timeline instead
    void showTicket(const QString &ticketId);
    QString lastMessage() const;
    void tick();
    // The keyboard goes to the ticket list, with a ticket selected (F3)
    void enterWorkspace();

    // How dialogs are run: by default exec(); tests fill them in and accept.
    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

public slots:
    void assignSelectedSuggestion();
    // Enter on a ticket: the first suggested technician takes it (or the list gets the keys when there is none)
    void dispatchToFirstSuggestion();
    void contacted();
    void noAnswer();
    void departed();
    void arrived();
    void awaitParts();
    void pullBack();
    void complete();
    void reschedule();
    void reassign();
    // The seeds' procedures and the rest of the vocabulary a dispatcher gives
    void contactedWithCorrections();
    void notHome();
    void apologyAnswer();
    void partsArrived();
    void requestSupport();
    void loanerBack();
    bool addLoanerUnit();
    bool openMaintenanceTicket();
    void verify();
    void collectPayment();
    // Open charges of every ticket, closed ones too: one chosen, its payment recorded
    bool collectOpenCharge();
    void cancelTicket();
    void showTimeline();
    void printReceipt();
    void printDispatchSheet();
    void printJobSheet();
    void printPartsRequisition();
    // Ctrl+P: the form the selected ticket needs now
    void printFormForTicket();
    // The list as filtered on screen, to CSV (UTF-8 with BOM); asks where unless `path` is given
    bool exportCsv(const QString &path = QString());
    // A ticket dropped on a technician's lane: dispatch at that time; a conflict (R10) needs a reason
    void dropTicket(const QString &ticketId, const QString &technicianId, qint64 startMs);

private:
    void refreshSuggestions();
    // Prints a form of the selected ticket to the documents folder as `fileName` (%1: its number) and opens it
    using TicketForm = std::function<std::optional<PrintedForm>(DeskService &, const QString &, QString *)>;
    void printTicketForm(const TicketForm &make);
    void previewForm(const PrintedForm &form);
    void ticketsChanged(const QStringList &ids);
    void applyFilters();
    bool submit(const QString &command, QJsonObject fields, const QString &done);
    bool collectPaymentOf(const QString &ticket);
    // Runs a command dialog until the core accepts its fields or the user cancels
    bool runCommandDialog(QDialog &dialog, const std::function<QJsonObject()> &fields, const QString &command,
                          const QString &done);
    void say(const QString &text, bool error = false);
    QString numberOf(const QString &ticketId, const CommandResult &result);
    static QDir documentsFolder();

    DeskService &m_desk;
    TicketListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QComboBox *m_flagFilter;
    QListWidget *m_suggestions;
    AlertListModel *m_alertModel;
    QListView *m_alerts;
    QLabel *m_message;
    TechnicianScheduleModel *m_schedule;
    ScheduleView *m_scheduleView;
    QDateEdit *m_day;
    DialogRunner m_runDialog;
};
