#include "MigrationScriptView.h"

#include "MigrationStepsModel.h"
#include "RiskBadgeDelegate.h"
#include "SqlHighlighter.h"
#include "UiStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

MigrationScriptView::MigrationScriptView(QWidget* parent)
    : QWidget(parent)
    , m_model(new MigrationStepsModel(this))
    , m_summary(new QLabel(this))
    , m_allowDestructive(new QCheckBox(tr("Allow destructive changes"), this))
    , m_excludedRow(new QWidget(this))
    , m_excluded(new QLabel(m_excludedRow))
    , m_steps(new QTreeView(this))
    , m_script(new QPlainTextEdit(this))
    , m_copy(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy Script"), this))
    , m_save(new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save Script…"), this))
    , m_apply(new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Apply to Target…"), this))
{
    setObjectName(QStringLiteral("migrationScriptView"));
    m_summary->setObjectName(QStringLiteral("migrationSummary"));
    m_summary->setWordWrap(true);

    m_allowDestructive->setObjectName(QStringLiteral("allowDestructiveBox"));
    m_allowDestructive->setToolTip(tr("Include statements that drop objects or may lose data. Each one is "
                                      "marked “destructive” in the list and in the script."));
    connect(m_allowDestructive, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setAllowDestructive(on);
        rebuildScript();
        emit scriptChanged();
    });

    m_excluded->setObjectName(QStringLiteral("excludedLabel"));
    m_excluded->setWordWrap(true);
    auto* excludedIcon = new QLabel(m_excludedRow);
    excludedIcon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(QSize(16, 16), devicePixelRatioF()));
    auto* excludedLayout = new QHBoxLayout(m_excludedRow);
    excludedLayout->setContentsMargins(0, 0, 0, 0);
    excludedLayout->setSpacing(6);
    excludedLayout->addWidget(excludedIcon, 0, Qt::AlignTop);
    excludedLayout->addWidget(m_excluded, 1);

    m_steps->setObjectName(QStringLiteral("migrationSteps"));
    m_steps->setModel(m_model);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setItemDelegateForColumn(
        MigrationStepsModel::RiskColumn, new RiskBadgeDelegate(MigrationStepsModel::BadgeColorRole, m_steps));
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->setSectionResizeMode(MigrationStepsModel::RiskColumn, QHeaderView::ResizeToContents);
    m_steps->header()->resizeSection(MigrationStepsModel::ObjectColumn, 180);
    m_steps->header()->resizeSection(MigrationStepsModel::ChangeColumn, 340);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showStep(current); });

    m_script->setObjectName(QStringLiteral("migrationScript"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    UiStyle::useFixedFont(m_script);
    new SqlHighlighter(m_script->document(), UiStyle::isDark(this));

    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_save->setObjectName(QStringLiteral("saveScriptButton"));
    m_apply->setObjectName(QStringLiteral("applyScriptButton"));
    m_apply->hide();
    connect(m_copy, &QPushButton::clicked, this, &MigrationScriptView::copyScript);
    connect(m_save, &QPushButton::clicked, this, &MigrationScriptView::saveScript);
    connect(m_apply, &QPushButton::clicked, this, &MigrationScriptView::applyRequested);

    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_allowDestructive);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("migrationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_script);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_excludedRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    clear();
}

void MigrationScriptView::setPlan(const MigrationPlan& plan)
{
    MigrationStepsModel wrapped;
    wrapped.setPlan(plan);
    setSteps(wrapped.steps(), plan.sourceDatabase, plan.targetDatabase);
}

void MigrationScriptView::setSteps(
    const QList<SchemaSyncStep>& steps, const QString& sourceDatabase, const QString& targetDatabase)
{
    // Consent is given per plan: a new compare starts without destructive statements again.
    const QSignalBlocker block(m_allowDestructive);
    m_allowDestructive->setChecked(false);
    m_model->setAllowDestructive(false);
    m_model->setSteps(steps, sourceDatabase, targetDatabase);
    const bool needsConsent
        = std::any_of(steps.cbegin(), steps.cend(), [](const SchemaSyncStep& s) { return s.needsConsent; });
    m_allowDestructive->setEnabled(needsConsent);

    int counts[4] = {0, 0, 0, 0};
    for (const SchemaSyncStep& s : steps)
        ++counts[int(s.step.risk)];
    if (steps.isEmpty()) {
        m_summary->setText(tr("Nothing to migrate: the target's structure already matches the source."));
    } else {
        QStringList parts;
        const MigrationStep::Risk order[] = {MigrationStep::Risk::Destructive, MigrationStep::Risk::Rebuild,
            MigrationStep::Risk::InPlace, MigrationStep::Risk::Instant};
        for (MigrationStep::Risk r : order) {
            if (counts[int(r)] > 0)
                parts << QStringLiteral("%1: %2").arg(MigrationStepsModel::riskText(r)).arg(counts[int(r)]);
        }
        m_summary->setText(tr("<b>%n statement(s)</b> to run on %1: %2", nullptr, int(steps.size()))
                               .arg(targetDatabase.toHtmlEscaped(), parts.join(QStringLiteral(" · "))));
    }
    rebuildScript();
}

void MigrationScriptView::clear()
{
    setPlan(MigrationPlan());
    m_summary->setText(tr("Run a compare to see the statements that bring the target in line."));
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_script->clear();
    m_scriptText.clear();
}

QString MigrationScriptView::script() const
{
    return m_scriptText;
}

MigrationPlan MigrationScriptView::includedPlan() const
{
    return m_model->includedPlan();
}

QList<SchemaSyncStep> MigrationScriptView::includedSteps() const
{
    return m_model->includedSteps();
}

bool MigrationScriptView::allowDestructive() const
{
    return m_model->allowDestructive();
}

int MigrationScriptView::excludedCount() const
{
    return m_model->excludedCount();
}

void MigrationScriptView::rebuildScript()
{
    const MigrationPlan plan = m_model->includedPlan();
    QString text = m_model->script();
    const int excluded = m_model->excludedCount();
    if (excluded > 0) {
        // The saved or copied script says what it leaves out, so nobody mistakes it for the whole plan.
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n')) + 1;
        text.insert(firstLineEnd,
            QStringLiteral("-- ")
                + tr("%n statement(s) left out: destructive changes and what only serves them. Allow "
                     "destructive changes to include them.",
                    nullptr, excluded)
                + QLatin1Char('\n'));
    }
    m_scriptText = text;
    m_script->setPlainText(text);

    // Where each statement's comment starts, to scroll there when it is picked in the list.
    m_stepOffsets.clear();
    qsizetype from = 0;
    for (const MigrationStep& s : plan.steps) {
        const qsizetype at = text.indexOf(s.sql, from);
        if (at < 0) {
            m_stepOffsets.append(-1);
            continue;
        }
        const qsizetype comment = text.lastIndexOf(QLatin1String("\n-- ["), at);
        m_stepOffsets.append(int(comment >= from ? comment + 1 : at));
        from = at + s.sql.size();
    }

    m_excludedRow->setVisible(excluded > 0);
    m_excluded->setText(
        tr("%n statement(s) left out of the script: destructive changes, and what only prepares them. A statement "
           "that mixes harmless and destructive changes to one table is left out whole; check “Allow "
           "destructive changes” to include them.",
            nullptr, excluded));
    const bool any = !plan.steps.isEmpty();
    m_copy->setEnabled(any);
    m_save->setEnabled(any);
    m_apply->setEnabled(any && m_applyAllowed);
}

void MigrationScriptView::showStep(const QModelIndex& index)
{
    if (!index.isValid() || !m_model->isIncluded(index.row()))
        return;
    // The index among the included statements.
    int included = 0;
    for (int i = 0; i < index.row(); ++i)
        included += m_model->isIncluded(i) ? 1 : 0;
    if (included >= m_stepOffsets.size() || m_stepOffsets.at(included) < 0)
        return;
    QTextCursor cursor(m_script->document());
    cursor.setPosition(m_stepOffsets.at(included));
    m_script->setTextCursor(cursor);
    // Put the statement at the top of the pane rather than wherever ensureCursorVisible leaves it.
    m_script->verticalScrollBar()->setValue(m_script->verticalScrollBar()->maximum());
    m_script->ensureCursorVisible();
}

void MigrationScriptView::copyScript()
{
    QApplication::clipboard()->setText(m_scriptText);
}

Status MigrationScriptView::saveScriptTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return Error::make(tr("The script could not be saved to %1: %2.").arg(path, file.errorString()),
            tr("Choose a folder you can write to."));
    }
    file.write(m_scriptText.toUtf8());
    if (!file.commit()) {
        return Error::make(tr("The script could not be saved to %1: %2.").arg(path, file.errorString()),
            tr("Check the free space and the permissions of the folder."));
    }
    return {};
}

void MigrationScriptView::saveScript()
{
    const QString suggested = m_model->targetDatabase().isEmpty()
        ? QStringLiteral("migration.sql")
        : QStringLiteral("migrate-%1.sql").arg(m_model->targetDatabase());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Migration Script"), suggested, tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveScriptTo(path); !saved)
        QMessageBox::warning(this, tr("Script Not Saved"), saved.error().message + QStringLiteral("\n\n") + saved.error().hint);
}

void MigrationScriptView::setApplyEnabled(bool enabled, const QString& reason)
{
    m_apply->setVisible(true);
    m_applyAllowed = enabled;
    m_apply->setEnabled(enabled && !m_model->includedSteps().isEmpty());
    m_apply->setToolTip(reason);
}
