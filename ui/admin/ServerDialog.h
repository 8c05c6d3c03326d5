#pragma once

#include <QDialog>

class DeskService;
class QLabel;
class QPushButton;
class QLineEdit;

// File → Central server…: where this desk syncs — the server's address, the organisation's own certificate to trust
// (https), and for a head-office desk the outlet its commands are for. Kept in the desk's settings (QSettings
// sync/server, sync/ca, sync/outlet) and used from the console's next start; an empty address: the desk works
// alone. Only an admin changes it; "Test" asks the address before it is kept.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    struct Settings
    {
        QString server;
        QString caFile;
        QString outlet;
    };
    static Settings stored();
    static void store(const Settings &settings);

    explicit ServerDialog(DeskService &desk, QWidget *parent = nullptr);

    // Asks the address as the Test button does; tested() says whether a Dispatch Desk server answered
    void test();
    QString message() const;

public slots:
    void accept() override;

signals:
    void tested(bool serverAnswered);

private:
    bool check(QString *problem) const;
    void show(const QString &text, bool problem);

    DeskService &m_desk;
    QLineEdit *m_server;
    QLineEdit *m_ca;
    QLineEdit *m_outlet;
    QLabel *m_message;
    QPushButton *m_testButton;
};
