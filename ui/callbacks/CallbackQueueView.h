#pragma once

#include <QWidget>

class CallbackQueueModel;
class CallbackQueueSortFilterModel;
class CallbackScriptForm;
class DeskService;
class QCheckBox;
class QLabel;
class QTableView;
class QTextBrowser;
struct CommandResult;

// The supervisor's morning round: callbacks due today and overdue, overdue first. For the selected one, the ticket,
// what was charged, the technician and the earlier tries; the script to record it from the keyboard. Every answer
// goes to core as callback.record; what core decided (next try, ticket reopened, complaint opened) is shown.
class CallbackQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit CallbackQueueView(DeskService &desk, QWidget *parent = nullptr);
    CallbackQueueModel *model() const { return m_model; }
    CallbackQueueSortFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    CallbackScriptForm *script() const { return m_script; }
    void tick();

    // Selects the callback (its row in the view); false when it is not shown.
    bool selectCallback(const QString &callbackId);
    QString currentCallbackId() const;
    // Records the selected callback with the script's answers, or as not reached. Returns what core said.
    void recordCurrent();
    void recordNotReached();
    QString lastMessage() const;
    QString detailText() const;
    bool exportCsv(const QString &path);

signals:
    void callbackRecorded(const QString &callbackId, const QString &ticketId);

protected:
    void showEvent(QShowEvent *event) override;

public:
    // The keyboard goes to the queue with the first due callback selected (F4): the script keys work at once
    void enterWorkspace();

private:
    void ensureLoaded();

private:
    void submit(const QJsonObject &answers);
    void showDetail();
    void updateFilter();
    void updateSummary();
    void showMessage(const QString &text, bool error);

    DeskService &m_desk;
    CallbackQueueModel *m_model;
    bool m_loaded = false;
    CallbackQueueSortFilterModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_detail;
    CallbackScriptForm *m_script;
    QLabel *m_summary;
    QLabel *m_message;
    QCheckBox *m_showAll;
};
