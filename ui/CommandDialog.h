#pragma once

#include <QDialog>
#include <QJsonObject>

class QFormLayout;
class QLabel;

// A small form that gathers the fields of one command (reschedule, reassign, awaiting parts, pull back…):
// each row is a command field. The caller submits fields() to the core and shows its answer in error().
class CommandDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CommandDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    void addText(const QString &key, const QString &label, const QString &value = QString());
    void addCheck(const QString &key, const QString &label, bool checked = false);
    void addDateTime(const QString &key, const QString &label, const QDateTime &value, int utcOffsetMinutes);
    // items: (label, value); the value goes into the command
    void addChoice(const QString &key, const QString &label, const QList<QPair<QString, QString>> &items);

    QJsonObject fields() const;
    // Sets a field the way a user would (tests and defaults)
    void setValue(const QString &key, const QVariant &value);
    void showError(const QString &message);

private:
    QFormLayout *m_form;
    QLabel *m_error;
    int m_offsetMinutes = 480;
};
