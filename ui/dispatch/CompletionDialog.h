#pragma once

#include <QDialog>
#include <QJsonObject>

class DeskService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Entering the returned service receipt (维修服务回执单, R14): work done, parts from the catalogue, fee lines from
// the schedule (R6), the total the customer pays computed by the core with the warranty (R5), paid or open, who
// signed, satisfaction. A charge off the schedule needs a supervisor and a reason.
class CompletionDialog : public QDialog
{
    Q_OBJECT
public:
    CompletionDialog(DeskService &desk, const QString &ticketId, QWidget *parent = nullptr);

    QJsonObject fields() const;
    void addPart(const QString &sku, int qty);
    void setFeeChecked(const QString &code, bool checked);
    void setOffSchedule(const QString &name, double yuan, const QString &approvedBy, const QString &reason);
    QString totalText() const;
    qint64 totalFen() const { return m_totalFen; }
    void showError(const QString &message);

private:
    void recompute();
    QJsonArray partsJson() const;
    QJsonArray feesJson() const;

    DeskService &m_desk;
    QString m_ticketId;
    qint64 m_totalFen = 0;
    QLineEdit *m_resolution;
    QComboBox *m_partChoice;
    QSpinBox *m_partQty;
    QListWidget *m_parts;
    QListWidget *m_fees;
    QLineEdit *m_extraName;
    QLineEdit *m_extraAmount;
    QComboBox *m_extraApprover;
    QLineEdit *m_extraReason;
    QLineEdit *m_purchaseDate;
    QCheckBox *m_paid;
    QLineEdit *m_signedBy;
    QComboBox *m_satisfaction;
    QLineEdit *m_otherAppliances;
    QLineEdit *m_salesLeads;
    QComboBox *m_cause;               // R22: what caused the fault
    QLineEdit *m_outOfWarrantyReason; // R5: an unknown warranty charged as out of warranty, and why
    QLabel *m_breakdown;
    QLabel *m_total;
    QLabel *m_error;
};
