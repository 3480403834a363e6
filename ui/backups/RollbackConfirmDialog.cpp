#include "RollbackConfirmDialog.h"

#include "ProductionConfirmDialog.h"
#include "UiResources.h"
#include "UiStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RollbackConfirmDialog::RollbackConfirmDialog(
    const BackupInfo& info, const QString& target, const QString& productionProfile, QWidget* parent)
    : QDialog(parent)
    , m_info(info)
    , m_target(target)
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("rollbackConfirmDialog"));
    setWindowTitle(tr("Roll Back Backup Point"));
    const bool schema = info.kind == QLatin1String("schema");
    const QLocale locale;

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/rollback.svg")).pixmap(QSize(40, 40), devicePixelRatioF()));

    auto* title
        = new QLabel(tr("Roll %1 back to backup point %2?").arg(target.toHtmlEscaped(), info.id), this);
    title->setObjectName(QStringLiteral("rollbackTitleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setWordWrap(true);

    QString taken = tr("Taken %1 by a %2 from %3.")
                        .arg(locale.toString(info.created.toLocalTime(), QLocale::LongFormat),
                            info.kind == QLatin1String("rollback") ? tr("rollback")
                                : schema                           ? tr("schema sync")
                                                                   : tr("sync"),
                            info.source.isEmpty() ? tr("an unknown source") : info.source);
    if (info.state == BackupInfo::State::Partial)
        taken += QLatin1Char(' ') + tr("Its run did not finish: only the batches it committed are undone.");
    auto* when = new QLabel(taken, this);
    when->setWordWrap(true);

    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("rollbackChangesTree"));
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->setHeaderLabels(
        {tr("Table"), tr("Rows removed"), tr("Rows restored"), tr("Rows re-inserted")});
    m_changes->headerItem()->setToolTip(1, tr("Rows the run inserted: they are deleted again"));
    m_changes->headerItem()->setToolTip(2, tr("Rows the run updated: they get their before-image back"));
    m_changes->headerItem()->setToolTip(3, tr("Rows the run deleted: they are inserted again"));
    for (const BackupInfo::TableCounts& t : info.tables) {
        auto* item = new QTreeWidgetItem(m_changes);
        item->setText(0, t.table);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/object-table.svg")));
        const qint64 counts[] = {t.inserted, t.updated, t.deleted};
        const QColor colors[]
            = {UiStyle::onlyInTargetColor(), UiStyle::differentColor(), UiStyle::onlyInSourceColor()};
        for (int c = 0; c < 3; ++c) {
            item->setText(c + 1, counts[c] == 0 ? QStringLiteral("—") : locale.toString(counts[c]));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
            if (counts[c] != 0)
                item->setForeground(c + 1, colors[c]);
        }
    }
    m_changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_changes->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_changes->header()->setStretchLastSection(false);
    m_changes->setVisible(!schema && !info.tables.isEmpty());
    // As tall as its rows (up to ten, then it scrolls), so the sentence below stays near them.
    m_changes->setTextElideMode(Qt::ElideMiddle);
    const int rowHeight = qMax(m_changes->fontMetrics().height() + 8, 22);
    m_changes->setFixedHeight(
        qMin(int(info.tables.size()), 10) * rowHeight + m_changes->header()->sizeHint().height() + 6);

    QString summary;
    if (schema) {
        summary
            = tr("The schema changes of that sync are undone: saved definitions are restored, quarantined "
                 "tables move back, tables the sync created move to quarantine and saved column values "
                 "are written back.");
    } else {
        summary = tr("In all: %1 row(s) removed, %2 restored and %3 re-inserted in %n table(s).", nullptr,
            int(info.tables.size()))
                      .arg(locale.toString(info.inserted), locale.toString(info.updated),
                          locale.toString(info.deleted));
    }
    auto* what = new QLabel(summary, this);
    what->setObjectName(QStringLiteral("rollbackSummaryLabel"));
    what->setWordWrap(true);

    auto* guard
        = new QLabel(tr("Rows changed on the target since then are not overwritten: they are left as they "
                        "are and reported as conflicts. The rollback takes a backup point of its own, so "
                        "it can be undone too, and reads every row back afterwards to verify it."),
            this);
    guard->setWordWrap(true);
    UiStyle::setTextColor(guard, UiStyle::identicalColor());

    auto* buttons = new QDialogButtonBox(this);
    const bool production = !productionProfile.isEmpty();
    m_confirm
        = buttons->addButton(production ? tr("Continue…") : tr("Roll Back"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("rollbackConfirmButton"));
    m_confirm->setIcon(QIcon(QStringLiteral(":/icons/rollback.svg")));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(title);
    text->addWidget(when);
    if (production) {
        auto* prod = new QLabel(
            tr("%1 is a production profile: you will be asked to type its name.").arg(productionProfile),
            this);
        prod->setWordWrap(true);
        UiStyle::setTextColor(prod, UiStyle::onlyInTargetColor());
        text->addWidget(prod);
    }
    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_changes);
    layout->addWidget(what);
    layout->addWidget(guard);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    cancel->setFocus();
}

QString RollbackConfirmDialog::actionText() const
{
    if (m_info.kind == QLatin1String("schema"))
        return tr("Undo the schema changes of backup point %1 on %2.").arg(m_info.id, m_target);
    return tr("Roll back %n row(s) of backup point %1 on %2.", nullptr, int(m_info.rows()))
        .arg(m_info.id, m_target);
}

bool RollbackConfirmDialog::confirm(
    QWidget* parent, const BackupInfo& info, const QString& target, const QString& productionProfile)
{
    RollbackConfirmDialog dialog(info, target, productionProfile, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (productionProfile.isEmpty())
        return true;
    return ProductionConfirmDialog::confirm(parent, productionProfile, dialog.actionText(), tr("Roll Back"));
}
