#include "ProfilesSidebar.h"

#include "ProfilesModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

ProfilesSidebar::ProfilesSidebar(ProfilesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_emptyPage(new QWidget(m_stack))
{
    setObjectName(QStringLiteral("profilesSidebar"));

    m_view->setObjectName(QStringLiteral("profilesView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setIconSize(QSize(18, 18));
    m_view->setAnimated(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->header()->setSectionResizeMode(QHeaderView::Stretch);

    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(16, 24, 16, 16);
    emptyLayout->setSpacing(10);
    auto* icon = new QLabel(m_emptyPage);
    icon->setPixmap(
        ProfilesModel::profileIcon(ProfilesModel::Group::Other).pixmap(QSize(40, 40), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    auto* title = new QLabel(tr("No profiles yet"), m_emptyPage);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setAlignment(Qt::AlignHCenter);
    auto* text = new QLabel(tr("A profile remembers how to reach one server: address, account, TLS and "
                               "environment. The password goes to the system keychain."),
        m_emptyPage);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto* button = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Profile…"), m_emptyPage);
    button->setObjectName(QStringLiteral("emptyNewProfileButton"));
    connect(button, &QPushButton::clicked, this, [this] {
        if (m_newProfile)
            m_newProfile->trigger();
    });
    emptyLayout->addWidget(icon);
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(text);
    emptyLayout->addWidget(button, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updatePage();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfilesSidebar::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfilesSidebar::updatePage);
    // A mouse click moves the current index before it selects, so selection changes are what count.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { emit currentProfileChanged(currentProfileId()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(ProfilesModel::IsGroupRole).toBool())
            m_view->setExpanded(index, !m_view->isExpanded(index));
        else
            emit profileActivated(index.data(ProfilesModel::ProfileIdRole).toLongLong());
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ProfilesSidebar::showContextMenu);

    m_view->expandAll();
    updatePage();
}

qint64 ProfilesSidebar::currentProfileId() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.size() != 1)
        return 0;
    return selected.first().data(ProfilesModel::ProfileIdRole).toLongLong();
}

void ProfilesSidebar::selectProfile(qint64 id)
{
    const QModelIndex index = m_model->indexOfProfile(id);
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ProfilesSidebar::setContextActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
}

void ProfilesSidebar::setNewProfileAction(QAction* action)
{
    m_newProfile = action;
}

void ProfilesSidebar::updatePage()
{
    m_stack->setCurrentWidget(m_model->profileCount() > 0 ? static_cast<QWidget*>(m_view) : m_emptyPage);
}

void ProfilesSidebar::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid() && !index.data(ProfilesModel::IsGroupRole).toBool()) {
        m_view->setCurrentIndex(index);
        for (QAction* action : std::as_const(m_contextActions)) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
    } else if (m_newProfile) {
        menu.addAction(m_newProfile);
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}
