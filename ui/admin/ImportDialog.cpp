#include "ImportDialog.h"

#include "Icons.h"
#include "service/DeskService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(DeskService &desk, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_mappingRow(new QWidget), m_preview(new QTableWidget), m_bad(new QListWidget),
      m_summary(new QLabel), m_import(new QPushButton(tr("&Import"))), m_sheet(new QComboBox),
      m_sheetLabel(new QLabel(tr("&Sheet:")))
{
    setWindowTitle(tr("Import customers and appliances"));
    setObjectName(QStringLiteral("importDialog"));
    auto *choose = new QPushButton(Icons::get(Icons::Open), tr("&Choose a workbook or CSV file…"));
    choose->setToolTip(tr("An Excel workbook (.xlsx), or a spreadsheet saved as CSV (UTF-8 or GB18030)"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a workbook or CSV file"), QString(),
                                                          tr("Spreadsheets (*.xlsx *.csv *.txt)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setAccessibleName(tr("Sheet"));
    m_sheet->setToolTip(tr("The sheet of the workbook to import"));
    connect(m_sheet, &QComboBox::activated, this, [this] { loadBytes(m_bytes, m_sheet->currentText()); });
    m_sheetLabel->setBuddy(m_sheet);
    m_mappingRow->setLayout(new QHBoxLayout);
    m_mappingRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_bad->setObjectName(QStringLiteral("badRows"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_import->setEnabled(false);
    m_import->setIcon(Icons::get(Icons::Import));
    m_import->setToolTip(tr("Import every good row; if any is refused, nothing is imported"));
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(choose);
    top->addWidget(m_sheetLabel);
    top->addWidget(m_sheet, 1);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Columns (change any that was not recognised):")));
    layout->addWidget(m_mappingRow);
    layout->addWidget(m_preview, 3);
    layout->addWidget(new QLabel(tr("Rows that will not be imported:")));
    layout->addWidget(m_bad, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(980, 640);
}

bool ImportDialog::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    return loadBytes(f.readAll());
}

bool ImportDialog::loadBytes(const QByteArray &bytes, const QString &sheet)
{
    QString error;
    QStringList sheets;
    m_bytes = bytes;
    m_table = CustomerImport::load(bytes, sheet, &error, &sheets);
    m_sheet->clear();
    m_sheet->addItems(sheets);
    m_sheet->setCurrentText(m_table.sheet);
    m_sheet->setVisible(sheets.size() > 1);
    m_sheetLabel->setVisible(sheets.size() > 1);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        m_import->setEnabled(false);
        return false;
    }
    rebuildMapping();
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int shown = int(qMin<qsizetype>(m_table.rows.size(), 20));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < m_table.rows.at(r).size() && c < m_table.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.rows.at(r).at(c)));
    replan();
    return true;
}

void ImportDialog::rebuildMapping()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    const QHash<int, QString> guessed = CustomerImport::guessMapping(m_table.header);
    for (int c = 0; c < m_table.header.size(); ++c) {
        auto *combo = new QComboBox;
        combo->addItem(tr("%1 → (ignore)").arg(m_table.header.at(c)), QString());
        for (const QString &f : CustomerImport::fields())
            combo->addItem(tr("%1 → %2").arg(m_table.header.at(c), CustomerImport::fieldLabel(f)), f);
        combo->setCurrentIndex(qMax(0, combo->findData(guessed.value(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
        m_mappingRow->layout()->addWidget(combo);
        m_columns << combo;
    }
}

void ImportDialog::mapColumn(int column, const QString &field)
{
    if (column >= 0 && column < m_columns.size())
        m_columns.at(column)->setCurrentIndex(qMax(0, m_columns.at(column)->findData(field)));
}

void ImportDialog::replan()
{
    QHash<int, QString> mapping;
    for (int c = 0; c < m_columns.size(); ++c)
        if (!m_columns.at(c)->currentData().toString().isEmpty())
            mapping.insert(c, m_columns.at(c)->currentData().toString());
    m_plan = CustomerImport::plan(m_desk.processor(), m_table, mapping);
    m_bad->clear();
    for (const auto &issue : m_plan.bad)
        m_bad->addItem(CustomerImport::describe(m_table, issue));
    m_summary->setText(summary());
    m_import->setEnabled(!m_plan.commands.isEmpty());
}

QString ImportDialog::summary() const
{
    return tr("%1 (%2): %3 good rows — %4 new customers, %5 already known; %6 new appliances, %7 already known. "
              "%8 rows cannot be imported.")
        .arg(tr("File read"), m_table.sheet.isEmpty() ? m_table.encoding : tr("sheet %1").arg(m_table.sheet))
        .arg(m_plan.goodRows)
        .arg(m_plan.newCustomers)
        .arg(m_plan.knownCustomers)
        .arg(m_plan.newProducts)
        .arg(m_plan.knownProducts)
        .arg(m_plan.bad.size());
}

bool ImportDialog::importNow()
{
    QString error;
    if (!CustomerImport::commit(m_desk.processor(), m_plan, m_desk.clock().now(), m_desk.user(), &error)) {
        m_summary->setText(error);
        return false;
    }
    Changes imported;
    imported.reset = true;
    m_desk.publish(imported);
    m_summary->setText(
        tr("Imported: %1 new customers, %2 new appliances.").arg(m_plan.newCustomers).arg(m_plan.newProducts));
    return true;
}
