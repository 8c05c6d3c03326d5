#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>

// A read-only table of report rows (drill-down tickets, faults, outlet claims, daily report, callback list,
// charge lines, complaint steps). The columns are given at construction, each naming its field and how its value
// reads; the view sorts on the raw value. What is shown is what CSV and PDF export: the same text.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Format { Text, Money, DateTime, Time, Rate, Minutes, YesNo, Count, State, Severity, CallbackKind, Phone };
    struct ColumnSpec
    {
        QString field;
        QString header;
        Format format = Text;
    };
    // The columns are data, not an enum: each report defines its own list.
    enum Column { FirstColumn = 0 };
    enum Role {
        RawValueRole = Qt::UserRole,
        TicketIdRole,  // the row's ticket, when it has one
        HighlightRole, // true for a row to draw attention to (an outlier, a late visit)
    };

    explicit ReportTableModel(const QList<ColumnSpec> &columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A whole new data set: resets the model. `highlightField` names a boolean field marking rows to highlight.
    void setRows(const QList<Record> &rows, const QString &highlightField = {});
    const QList<Record> &rows() const { return m_rows; }
    void setUtcOffsetMinutes(int minutes) { m_offsetMinutes = minutes; }
    static QString format(const QVariant &value, Format format, int utcOffsetMinutes);

private:
    QList<ColumnSpec> m_columns;
    QList<Record> m_rows;
    QString m_highlight;
    int m_offsetMinutes = 480;
};
