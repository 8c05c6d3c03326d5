#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <functional>

class QFormLayout;
class QLabel;

// The form that adds or edits one record of the centre's set-up (a user, technician, zone, category, fee or part):
// each row is a field of the record's upsert command. OK hands the fields to the core; when the core refuses, the
// form stays open with the core's words under it and nothing has changed.
class AdminRecordDialog : public QDialog
{
    Q_OBJECT
public:
    // Answers "" when the core accepted the fields, otherwise why it refused them.
    using Submitter = std::function<QString(const QJsonObject &fields)>;

    AdminRecordDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    void addText(const QString &key, const QString &label, const QString &value, bool readOnly = false);
    void addNumber(const QString &key, const QString &label, int value, int minimum, int maximum,
                   const QString &suffix = QString());
    // Yuan on screen, fen in the command
    void addMoney(const QString &key, const QString &label, qint64 fen);
    void addTime(const QString &key, const QString &label, const QString &hhmm);
    void addCheck(const QString &key, const QString &label, bool checked);
    // items: (label, value)
    void addChoice(const QString &key, const QString &label, const QList<QPair<QString, QString>> &items,
                   const QString &current);
    // Several values out of a list (skills, zones, main parts); the command gets the checked values
    void addChecklist(const QString &key, const QString &label, const QList<QPair<QString, QString>> &items,
                      const QStringList &checked);

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    QJsonObject fields() const;
    // Sets a field the way a user would (tests); a checklist takes a QStringList
    void setValue(const QString &key, const QVariant &value);
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QString errorText() const;
    // What OK does: hands the fields to the core; closes when accepted
    bool submit();

private:
    QFormLayout *m_form;
    QLabel *m_error;
    QHash<QString, QWidget *> m_fields;
    QStringList m_order;
    Submitter m_submitter;
};
