#include "SyncConfirmDialog.h"

#include "UiResources.h"
#include "UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { TableColumn, InsertsColumn, UpdatesColumn, DeletesColumn, NotesColumn, ColumnCount };

QTableWidgetItem* numberItem(qint64 n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setData(Qt::UserRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SyncConfirmDialog::SyncConfirmDialog(const SyncPlanner::Plan& plan, const SyncOptions& options, const QString& target,
                                     QWidget* parent)
    : QDialog(parent)
    , m_given(options)
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("syncConfirmDialog"));
    setWindowTitle(tr("Sync Rows"));

    const QLocale locale;
    auto* title = new QLabel(tr("Write %1 insert(s), %2 update(s) and %3 delete(s) to %4?")
                                 .arg(locale.toString(plan.inserts()), locale.toString(plan.updates()),
                                      locale.toString(plan.deletes()), target),
                             this);
    title->setObjectName(QStringLiteral("syncConfirmTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    title->setWordWrap(true);

    auto* explain = new QLabel(tr("Each batch is one short transaction that first checks every row still reads as the "
                                  "compare saw it; a row changed since then is not overwritten but held as a conflict. "
                                  "The before-images go to a backup point first, so Rollback can undo the sync."),
                               this);
    explain->setWordWrap(true);

    m_tables = new QTableWidget(0, ColumnCount, this);
    m_tables->setObjectName(QStringLiteral("syncPlanTable"));
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Inserts"), tr("Updates"), tr("Deletes"), tr("Notes")});
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tables->verticalHeader()->hide();
    m_tables->setAlternatingRowColors(true);
    m_tables->setWordWrap(false);
    for (const SyncPlanner::TableInfo& t : plan.tables) {
        QStringList notes;
        if (!t.skipped.isEmpty())
            notes << tr("not synced: %1").arg(t.skipped);
        if (t.excluded > 0)
            notes << tr("%n row(s) left out by you", nullptr, int(t.excluded));
        if (t.kept > 0)
            notes << tr("%n kept as on the target", nullptr, int(t.kept));
        if (t.conflicts > 0)
            notes << tr("%n held for a decision", nullptr, int(t.conflicts));
        if (t.bulk || t.streamed)
            notes << tr("bulk load");
        notes << t.notes;
        if (t.inserts + t.updates + t.deletes == 0 && notes.isEmpty())
            continue;
        const int row = m_tables->rowCount();
        m_tables->insertRow(row);
        // The table written is the target's; the source's name is in the tooltip.
        auto* name = new QTableWidgetItem(t.target.isEmpty() ? t.name : t.target);
        name->setToolTip(t.target.isEmpty() || t.target == t.name ? t.name : tr("%1 → %2").arg(t.name, t.target));
        m_tables->setItem(row, TableColumn, name);
        m_tables->setItem(row, InsertsColumn, numberItem(t.inserts));
        m_tables->setItem(row, UpdatesColumn, numberItem(t.updates));
        m_tables->setItem(row, DeletesColumn, numberItem(t.deletes));
        auto* note = new QTableWidgetItem(notes.join(QStringLiteral("; ")));
        note->setToolTip(notes.join(QLatin1Char('\n')));
        if (!t.skipped.isEmpty())
            note->setForeground(UiStyle::warningColor());
        m_tables->setItem(row, NotesColumn, note);
    }
    m_tables->resizeColumnsToContents();
    m_tables->setColumnWidth(TableColumn, qMin(m_tables->columnWidth(TableColumn), 320));
    m_tables->horizontalHeader()->setStretchLastSection(true);
    m_tables->setMinimumHeight(160);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("syncWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    UiStyle::setTextColor(m_warnings, UiStyle::warningColor());
    QStringList warnings;
    for (const QString& w : plan.warnings)
        warnings << QStringLiteral("• ") + w;
    // The planner's notes on a table (triggers that will fire) matter before the first write.
    for (const SyncPlanner::TableInfo& t : plan.tables) {
        if (t.inserts + t.updates + t.deletes == 0)
            continue;
        for (const QString& note : t.notes)
            warnings << QStringLiteral("• ") + tr("%1: %2").arg(t.target.isEmpty() ? t.name : t.target, note);
    }
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    m_deletes = new QCheckBox(tr("Delete rows that only the target has"), this);
    m_deletes->setObjectName(QStringLiteral("syncDeletesBox"));
    m_deletes->setChecked(options.deletes);
    m_deletes->setToolTip(tr("Off: rows only in the target are kept (as --no-delete does)."));

    // Tables without a key sync only by replacing their whole contents, which needs consent.
    QStringList keyless;
    for (const SyncPlanner::TableInfo& t : plan.tables) {
        if (t.keyless)
            keyless << (t.target.isEmpty() ? t.name : t.target);
    }
    m_replaceKeyless = new QCheckBox(tr("Replace the whole contents of tables without a key (%1)").arg(keyless.join(QStringLiteral(", "))), this);
    m_replaceKeyless->setObjectName(QStringLiteral("syncReplaceKeylessBox"));
    m_replaceKeyless->setChecked(options.replaceKeyless);
    m_replaceKeyless->setToolTip(tr("Such rows cannot be told apart, so they are not updated in place. On: each table's rows are "
                                    "deleted and the source's inserted, in one transaction, only if the target table has not "
                                    "changed since the compare; its old contents go to the backup point (as --replace-keyless "
                                    "does)."));
    m_replaceKeyless->setVisible(!keyless.isEmpty());

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("syncPolicyBox"));
    m_policy->addItem(tr("Source wins"), QStringLiteral("source-wins"));
    m_policy->addItem(tr("Target wins (only insert missing rows)"), QStringLiteral("target-wins"));
    m_policy->addItem(tr("Newer wins, by column…"), QStringLiteral("newer-wins"));
    m_policy->addItem(tr("Manual (every difference waits for a decision)"), QStringLiteral("manual"));
    m_column = new QLineEdit(this);
    m_column->setObjectName(QStringLiteral("syncNewerColumnEdit"));
    m_column->setPlaceholderText(tr("column, e.g. updated_at"));
    m_column->setToolTip(tr("The side whose value of this column is greater wins; a tie is a conflict."));
    switch (options.policy.kind()) {
    case ConflictPolicy::Kind::SourceWins:
        m_policy->setCurrentIndex(0);
        break;
    case ConflictPolicy::Kind::TargetWins:
        m_policy->setCurrentIndex(1);
        break;
    case ConflictPolicy::Kind::NewerWins:
        m_policy->setCurrentIndex(2);
        m_column->setText(options.policy.column());
        break;
    case ConflictPolicy::Kind::Manual:
        m_policy->setCurrentIndex(3);
        break;
    }
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_column, 1);

    m_optionsNote = new QLabel(this);
    m_optionsNote->setObjectName(QStringLiteral("syncOptionsNote"));
    m_optionsNote->setWordWrap(true);
    UiStyle::setTextColor(m_optionsNote, UiStyle::warningColor());

    auto* form = new QFormLayout;
    form->addRow(QString(), m_deletes);
    if (!keyless.isEmpty())
        form->addRow(QString(), m_replaceKeyless);
    form->addRow(tr("Conflict policy:"), policyRow);

    auto* buttons = new QDialogButtonBox(this);
    m_sync = buttons->addButton(tr("Sync"), QDialogButtonBox::AcceptRole);
    m_sync->setObjectName(QStringLiteral("syncConfirmButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_sync, &QPushButton::clicked, this, [this] { choose(optionsChanged() ? Choice::PlanAgain : Choice::Sync); });
    connect(cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });
    connect(m_deletes, &QCheckBox::toggled, this, &SyncConfirmDialog::updateState);
    connect(m_replaceKeyless, &QCheckBox::toggled, this, &SyncConfirmDialog::updateState);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &SyncConfirmDialog::updateState);
    connect(m_column, &QLineEdit::textChanged, this, &SyncConfirmDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addWidget(m_tables, 1);
    layout->addWidget(m_warnings);
    layout->addLayout(form);
    layout->addWidget(m_optionsNote);
    layout->addWidget(buttons);
    resize(760, 480);
    updateState();
}

SyncOptions SyncConfirmDialog::options() const
{
    SyncOptions o = m_given;
    o.deletes = m_deletes->isChecked();
    if (m_replaceKeyless->isChecked() != m_given.replaceKeyless) {
        o.replaceKeyless = m_replaceKeyless->isChecked();
        o.replaceKeylessTables.clear(); // the dialog's choice covers every keyless table
    }
    QString policy = m_policy->currentData().toString();
    if (policy == QLatin1String("newer-wins"))
        policy += QLatin1Char(':') + m_column->text().trimmed();
    if (Result<ConflictPolicy> parsed = ConflictPolicy::parse(policy); parsed)
        o.policy = *parsed;
    return o;
}

bool SyncConfirmDialog::optionsChanged() const
{
    const SyncOptions now = options();
    return now.deletes != m_given.deletes || now.replaceKeyless != m_given.replaceKeyless
        || now.policy.text() != m_given.policy.text();
}

void SyncConfirmDialog::updateState()
{
    const bool newer = m_policy->currentData().toString() == QLatin1String("newer-wins");
    m_column->setVisible(newer);
    const bool columnMissing = newer && m_column->text().trimmed().isEmpty();
    const bool changed = optionsChanged();
    m_sync->setText(changed ? tr("Plan Again") : tr("Sync"));
    m_sync->setEnabled(!columnMissing);
    m_optionsNote->setText(columnMissing ? tr("Name the column whose greater value wins.")
                           : changed     ? tr("The options changed: the counts above no longer hold. Plan again to "
                                              "see what the sync will do with them.")
                                         : QString());
    m_optionsNote->setVisible(!m_optionsNote->text().isEmpty());
}

void SyncConfirmDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}
