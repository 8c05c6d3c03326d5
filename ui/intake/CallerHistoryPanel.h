#pragma once

#include <QTextBrowser>

class DeskService;

// Beside the intake form: the caller's appliances, open tickets and recent history (repairs, callbacks,
// complaints), so the clerk knows who is on the line before they finish speaking.
class CallerHistoryPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CallerHistoryPanel(DeskService &desk, QWidget *parent = nullptr);
    void showCustomer(const QString &customerId);
    void clearCustomer();

private:
    DeskService &m_desk;
};
