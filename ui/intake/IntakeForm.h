#pragma once

#include <QJsonObject>
#include <QWidget>
#include <functional>

class CallerHistoryPanel;
class DeskService;
class IntakeDraft;
class QComboBox;
class QFormLayout;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QDialog;
class QPushButton;
class QStringListModel;
class QTimer;

// The clerk's call form, keyboard first, in the order of the conversation: who is calling → which appliance →
// what is wrong → when. The caller field finds known customers by phone (or its last digits), name, pinyin or
// address as the clerk types. The core decides warranty, priority, duplicates and what needs verification; the
// form shows its answer in place. What is typed survives a crash (IntakeDraft).
class IntakeForm : public QWidget
{
    Q_OBJECT
public:
    // `draftPath`: where the unsaved call is kept (empty: nowhere).
    IntakeForm(DeskService &desk, const QString &draftPath, QWidget *parent = nullptr);
    ~IntakeForm() override;

    // Saves the call as a new ticket; returns its number, or an empty string with the error shown in place.
    QString save();
    // "Solved on the phone" (R4): saves the call and records the guidance; the 2-hour callback is scheduled.
    QString solveByPhone();
    // Logs the call as a reminder (催单) on the appliance's open ticket (R2) instead of opening a new one.
    QString logReminder();
    void clear();
    void startCall();
    // The keyboard goes to 来电人 (F2, start): the clerk types the caller's number before looking
    void enterWorkspace();
    // A new call from a known customer (Ctrl+K): the form cleared, the customer and their appliances loaded
    void showCustomer(const QString &customerId);
    QString lastMessage() const;
    QString customerId() const { return m_customerId; }
    // The caller's record (a customer loaded): the service contract (R5, customer.upsert) and an appliance added to
    // the installed base without a ticket (product.register). Each returns whether the core accepted it.
    bool editContract();
    bool addAppliance();
    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    QString openTicketId() const { return m_openTicketId; }
    QListWidget *callerMatches() const { return m_matches; }
    void pickMatch(int row);

signals:
    void ticketSaved(const QString &ticketId, const QString &number);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void reloadChoices();
    void searchCaller();
    void loadCustomer(const QString &customerId);
    void productChosen();
    void categoryChanged();
    void updateChecks();
    void fieldsChanged();
    void showError(const QString &field, const QString &message);
    QJsonObject ticketFields() const;
    QJsonObject draftFields() const;
    void restoreDraft(const QJsonObject &draft);
    QString currentProductId() const;

    DeskService &m_desk;
    std::unique_ptr<IntakeDraft> m_draft;
    QString m_customerId;
    QString m_openTicketId;
    bool m_loading = false;

    QLineEdit *m_caller;
    QListWidget *m_matches;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QComboBox *m_zone;
    QComboBox *m_product;
    QComboBox *m_category;
    QLineEdit *m_model;
    QLineEdit *m_serial;
    QLineEdit *m_purchaseDate;
    QComboBox *m_kind;
    // A complaint call (R16): the ticket it is about, by number, and how serious it is; shown for complaints only
    QLineEdit *m_aboutTicket;
    QComboBox *m_severity;
    QString m_aboutOffered;
    bool m_zoneSuggested =
        false; // the zone shown was suggested from the address, not picked // the open ticket offered in m_aboutTicket
    QFormLayout *m_wrongForm = nullptr;
    QPlainTextEdit *m_fault;
    QWidget *m_quickFaults;
    QComboBox *m_priority;
    QLineEdit *m_priorityReason;
    QComboBox *m_channel;
    QLineEdit *m_preferredTime;
    QLabel *m_warranty;
    QLabel *m_checks;
    QLabel *m_message;
    QPushButton *m_reminderButton;
    QPushButton *m_contractButton;
    QPushButton *m_applianceButton;
    DialogRunner m_runDialog;
    CallerHistoryPanel *m_history;
    QStringListModel *m_modelCompletions;
    QTimer *m_searchTimer;
    QTimer *m_draftTimer;
};
