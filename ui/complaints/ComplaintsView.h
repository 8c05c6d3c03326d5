#pragma once

#include "print/PrintedForm.h"

#include <QWidget>
#include <optional>

class ComplaintListModel;
class DeskService;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTextBrowser;
class ReportTableModel;

// Complaints (R16): the register (顾客投诉登记表) with overdue complaints highlighted, and for the selected one
// its tracking sheet (跟踪单): severity, owner, deadline, every step, the resolution and whether the customer
// confirmed it. Registering, adding a step and resolving are complaint.open / step / resolve commands.
class ComplaintsView : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintsView(DeskService &desk, QWidget *parent = nullptr);
    ComplaintListModel *model() const { return m_model; }
    ReportTableModel *steps() const { return m_steps; }
    QTableView *table() const { return m_table; }
    void tick();

    bool selectComplaint(const QString &complaintId);
    QString currentComplaintId() const;
    // The forms' actions (also on their buttons); each returns whether core accepted the command.
    bool registerComplaint(const QString &ticketNumber, const QString &severity, const QString &reason,
                           const QString &owner);
    bool addStep(const QString &text);
    bool resolve(const QString &resolution, bool customerConfirmed);
    // R21: closes the selected manager's task with what happened (task.done)
    bool finishTask(const QString &outcome);
    ReportTableModel *tasks() const { return m_tasks; }
    QTableView *taskTable() const { return m_taskTable; }
    QString lastMessage() const;
    bool exportCsv(const QString &path);
    PrintedForm registerForm() const;
    // The selected complaint's tracking sheet (its particulars and steps); nullopt when none is selected
    std::optional<PrintedForm> trackingForm() const;
    bool printRegister(const QString &pdfPath);

private:
    void showTracking();
    void reloadTasks();
    void showMessage(const QString &text, bool error);

    DeskService &m_desk;
    ComplaintListModel *m_model;
    ReportTableModel *m_steps;
    QString m_trackingHtml; // the particulars shown for the selected complaint
    QTableView *m_table;
    QTextBrowser *m_tracking;
    QTableView *m_stepTable;
    QLineEdit *m_ticket;
    QComboBox *m_severity;
    QComboBox *m_owner;
    QLineEdit *m_reason;
    QLineEdit *m_step;
    QLineEdit *m_resolution;
    QCheckBox *m_confirmed;
    QLabel *m_message;
    ReportTableModel *m_tasks;
    QTableView *m_taskTable;
    QLineEdit *m_outcome;
};
