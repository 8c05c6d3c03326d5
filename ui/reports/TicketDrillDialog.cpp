#include "TicketDrillDialog.h"

#include "Icons.h"
#include "TableExport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

TicketDrillDialog::TicketDrillDialog(const QString &title, const QList<Record> &rows,
                                     ReportTableModel::Format valueFormat, int utcOffsetMinutes, QWidget *parent)
    : QDialog(parent),
      m_model(new ReportTableModel({{QStringLiteral("number"), tr("Ticket")},
                                    {QStringLiteral("at"), tr("Counted at"), ReportTableModel::DateTime},
                                    {QStringLiteral("state"), tr("State"), ReportTableModel::State},
                                    {QStringLiteral("customer_name"), tr("Customer")},
                                    {QStringLiteral("category_name"), tr("Category")},
                                    {QStringLiteral("model"), tr("Model")},
                                    {QStringLiteral("technician_name"), tr("Technician")},
                                    {QStringLiteral("outlet"), tr("Outlet")},
                                    {QStringLiteral("counted"), tr("Meets the KPI"), ReportTableModel::YesNo},
                                    {QStringLiteral("value"), tr("Value"), valueFormat}},
                                   this)),
      m_message(new QLabel)
{
    setWindowTitle(title);
    m_model->setUtcOffsetMinutes(utcOffsetMinutes);
    m_model->setRows(rows);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ReportTableModel::RawValueRole);
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("drillTable"));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    // A count has nothing to meet and no value of its own; a rate has no value beside whether it was met
    table->setColumnHidden(8, valueFormat == ReportTableModel::Count);
    table->setColumnHidden(9, valueFormat == ReportTableModel::Count || valueFormat == ReportTableModel::Text);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    exportButton->setIcon(Icons::get(Icons::Export));
    exportButton->setToolTip(tr("Save these tickets, as an Excel workbook or CSV"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export these tickets"), tr("tickets.xlsx"),
                                                          TableExport::fileFilters());
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n record(s) behind this number", nullptr, int(rows.size()))));
    layout->addWidget(table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 520);
}

bool TicketDrillDialog::exportCsv(const QString &path)
{
    QString error;
    const bool ok = TableExport::writeTable(*m_model, windowTitle(), path, &error);
    m_message->setText(ok ? tr("Exported to %1.").arg(path) : error);
    return ok;
}
