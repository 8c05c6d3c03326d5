#pragma once

#include "models/ReportTableModel.h"
#include "storage/Store.h"

#include <QDialog>

class QLabel;

// The tickets behind a number on the dashboard: one row per counted record, whether it met the KPI, its value;
// exportable to CSV.
class TicketDrillDialog : public QDialog
{
    Q_OBJECT
public:
    TicketDrillDialog(const QString &title, const QList<Record> &rows, ReportTableModel::Format valueFormat,
                      int utcOffsetMinutes, QWidget *parent = nullptr);
    ReportTableModel *model() const { return m_model; }
    bool exportCsv(const QString &path);

private:
    ReportTableModel *m_model;
    QLabel *m_message;
};
