#pragma once

#include <QWidget>

class DeskService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The clerk's call form: who is calling, about which appliance, what is wrong. Saving issues ticket.open; the
// core decides warranty, priority, duplicates and what needs verification, and the form shows its answer.
class IntakeForm : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeForm(DeskService &desk, QWidget *parent = nullptr);

    // Saves the call as a new ticket; returns its number, or an empty string with the error shown in place.
    QString save();
    void clear();
    QString lastMessage() const;

signals:
    void ticketSaved(const QString &ticketId, const QString &number);

private:
    void reloadChoices();
    void updatePreview();

    DeskService &m_desk;
    QLineEdit *m_phone;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QComboBox *m_zone;
    QComboBox *m_category;
    QLineEdit *m_model;
    QLineEdit *m_purchaseDate;
    QComboBox *m_kind;
    QPlainTextEdit *m_fault;
    QComboBox *m_priority;
    QComboBox *m_channel;
    QLabel *m_preview;
    QLabel *m_message;
};
