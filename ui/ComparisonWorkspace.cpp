#include "ComparisonWorkspace.h"

#include "Async.h"
#include "ProfilesModel.h"
#include "ProjectTasks.h"
#include "UiStyle.h"
#include "store/AppStore.h"
#include "store/SyncProject.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel* iconLabel(const QString& path, int size, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setPixmap(QIcon(path).pixmap(QSize(size, size), parent->devicePixelRatioF()));
    label->setFixedSize(size, size);
    return label;
}

QLabel* scaledLabel(const QString& text, qreal scale, bool bold, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

QLabel* dimLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// Centres `content` horizontally at a comfortable reading width inside a scroll area.
QWidget* centred(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* canvas = new QWidget(scroll);
    auto* h = new QHBoxLayout(canvas);
    h->setContentsMargins(24, 24, 24, 24);
    h->addStretch(1);
    content->setParent(canvas);
    content->setMaximumWidth(960);
    h->addWidget(content, 12);
    h->addStretch(1);
    scroll->setWidget(canvas);
    return scroll;
}

} // namespace

ComparisonWorkspace::ComparisonWorkspace(ProfilesModel* model, AppStore& store, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
    , m_secrets(secrets)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("comparisonWorkspace"));
    m_setupPage = buildSetupPage();
    m_emptyPage = buildEmptyPage();
    m_pages->addWidget(centred(m_setupPage, m_pages));
    m_pages->addWidget(centred(m_emptyPage, m_pages));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonWorkspace::repopulate);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComparisonWorkspace::repopulate);
    repopulate();
}

qint64 ComparisonWorkspace::sourceProfileId() const
{
    return m_source.combo->currentData().toLongLong();
}

qint64 ComparisonWorkspace::targetProfileId() const
{
    return m_target.combo->currentData().toLongLong();
}

void ComparisonWorkspace::setSourceProfile(qint64 id)
{
    m_source.combo->setCurrentIndex(m_source.combo->findData(id));
}

void ComparisonWorkspace::setTargetProfile(qint64 id)
{
    m_target.combo->setCurrentIndex(m_target.combo->findData(id));
}

void ComparisonWorkspace::setNewProfileAction(QAction* action)
{
    m_newProfile = action;
}

void ComparisonWorkspace::setOpenProjectAction(QAction* action)
{
    m_openProjectAction = action;
    m_openProject->setVisible(action != nullptr);
}

QString ComparisonWorkspace::databaseOf(const Side& side) const
{
    const std::optional<Profile> profile = m_model->profileById(side.combo->currentData().toLongLong());
    if (!profile)
        return {};
    if (!profile->database.isEmpty())
        return profile->database;
    return side.databaseCombo->currentText().trimmed();
}

QString ComparisonWorkspace::sourceDatabase() const
{
    return databaseOf(m_source);
}

QString ComparisonWorkspace::targetDatabase() const
{
    return databaseOf(m_target);
}

void ComparisonWorkspace::setSourceDatabase(const QString& name)
{
    m_source.databaseCombo->setCurrentText(name);
}

void ComparisonWorkspace::setTargetDatabase(const QString& name)
{
    m_target.databaseCombo->setCurrentText(name);
}

QString ComparisonWorkspace::compareHint() const
{
    const std::optional<Profile> source = m_model->profileById(sourceProfileId());
    const std::optional<Profile> target = m_model->profileById(targetProfileId());
    if (!source || !target)
        return tr("Choose a source and a target profile.");
    if (sourceDatabase().isEmpty())
        return tr("Choose the source database.");
    if (targetDatabase().isEmpty())
        return tr("Choose the target database.");
    if (source->id == target->id && sourceDatabase() == targetDatabase())
        return tr("Source and target are the same database.");
    return {};
}

bool ComparisonWorkspace::canCompare() const
{
    return compareHint().isEmpty();
}

SyncProject ComparisonWorkspace::project() const
{
    SyncProject project;
    const std::optional<Profile> source = m_model->profileById(sourceProfileId());
    const std::optional<Profile> target = m_model->profileById(targetProfileId());
    if (!source || !target)
        return project;
    // The database is written out even when it is the profile's default, so the project keeps
    // meaning the same thing if that default changes later.
    project.source = ProjectTasks::endpointText(*source, sourceDatabase());
    project.target = ProjectTasks::endpointText(*target, targetDatabase());
    return project;
}

void ComparisonWorkspace::compare()
{
    if (!canCompare())
        return;
    emit compareRequested(project());
}

void ComparisonWorkspace::listDatabases(Side& side, bool reload)
{
    const std::optional<Profile> profile = m_model->profileById(side.combo->currentData().toLongLong());
    if (!profile || !profile->database.isEmpty())
        return;
    const qint64 id = profile->id;
    if (!reload && side.listedProfile == id)
        return;
    const QString typed = side.databaseCombo->currentText();
    side.listedProfile = id;
    const int generation = ++side.generation;
    auto fill = [&side](const QStringList& names, const QString& keep) {
        const QSignalBlocker block(side.databaseCombo);
        side.databaseCombo->clear();
        side.databaseCombo->addItems(names);
        side.databaseCombo->setCurrentIndex(-1);
        side.databaseCombo->setCurrentText(keep);
    };
    if (!reload && m_databases.contains(id)) {
        fill(m_databases.value(id), typed);
        side.databaseStatus->setText(tr("%n database(s) on the server.", nullptr, int(m_databases.value(id).size())));
        UiStyle::resetTextColor(side.databaseStatus);
        return;
    }
    fill({}, typed);
    side.databaseStatus->setText(tr("Listing the databases on the server…"));
    UiStyle::resetTextColor(side.databaseStatus);
    side.reloadDatabases->setEnabled(false);
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    const Profile p = *profile;
    Async::run(
        this, [storePath, secrets, p] { return ProjectTasks::listDatabases(storePath, *secrets, p); },
        [this, &side, id, generation, fill](Result<QStringList> names) {
            if (generation != side.generation)
                return; // the user picked another profile meanwhile
            side.reloadDatabases->setEnabled(true);
            if (!names) {
                side.listedProfile = 0;
                side.databaseStatus->setText(tr("The databases could not be listed: %1 You can still type a name.")
                                                 .arg(names.error().message));
                side.databaseStatus->setToolTip(names.error().toString());
                UiStyle::setTextColor(side.databaseStatus, UiStyle::warningColor());
                return;
            }
            m_databases.insert(id, *names);
            // A server with one database leaves nothing to choose.
            const QString typed = side.databaseCombo->currentText();
            fill(*names, typed.isEmpty() && names->size() == 1 ? names->first() : typed);
            side.databaseStatus->setToolTip(QString());
            side.databaseStatus->setText(names->isEmpty() ? tr("The server has no databases this account can see.")
                                                          : tr("%n database(s) on the server.", nullptr, int(names->size())));
            UiStyle::resetTextColor(side.databaseStatus);
            updateWarnings();
            updateCompare();
        });
}

QWidget* ComparisonWorkspace::buildSetupPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("workspaceSetupPage"));

    // Welcome
    auto* title = scaledLabel(tr("Compare and synchronize two databases"), 1.6, true, page);
    auto* intro
        = dimLabel(tr("Choose where the data comes from and which server to bring in line with it. "
                      "SyncStudio compares schemas and rows on the servers themselves and shows every "
                      "difference before anything is written."),
            page);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(6);
    titles->addWidget(title);
    titles->addWidget(intro);
    auto* welcome = new QHBoxLayout;
    welcome->setSpacing(18);
    welcome->addWidget(iconLabel(QStringLiteral(":/icons/syncstudio.svg"), 72, page), 0, Qt::AlignTop);
    welcome->addLayout(titles, 1);

    // Source -> Target
    auto* arrow = scaledLabel(QStringLiteral("→"), 2.4, false, page);
    arrow->setForegroundRole(QPalette::PlaceholderText);
    arrow->setAlignment(Qt::AlignCenter);
    auto* sides = new QHBoxLayout;
    sides->setSpacing(12);
    sides->addWidget(buildSide(m_source, tr("Source"), QStringLiteral(":/icons/source.svg"),
                         QStringLiteral("sourceCombo")),
        1);
    sides->addWidget(arrow);
    sides->addWidget(buildSide(m_target, tr("Target"), QStringLiteral(":/icons/target.svg"),
                         QStringLiteral("targetCombo")),
        1);

    // Warnings about the chosen pair
    m_warningRow = new QWidget(page);
    auto* warningLayout = new QHBoxLayout(m_warningRow);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->setSpacing(8);
    warningLayout->addWidget(
        iconLabel(QStringLiteral(":/icons/warning.svg"), 18, m_warningRow), 0, Qt::AlignTop);
    m_warning = new QLabel(m_warningRow);
    m_warning->setObjectName(QStringLiteral("pairWarning"));
    m_warning->setWordWrap(true);
    warningLayout->addWidget(m_warning, 1);

    // How the workspace is used
    auto* noteRow = new QHBoxLayout;
    noteRow->setSpacing(8);
    noteRow->addWidget(iconLabel(QStringLiteral(":/icons/about.svg"), 18, page), 0, Qt::AlignTop);
    noteRow->addWidget(
        dimLabel(tr("Comparisons of the chosen pair run in this workspace. Schema and row differences "
                    "appear here side by side, and nothing is written to the target until you have "
                    "reviewed the changes and confirmed the sync."),
            page),
        1);

    // Compare
    m_compare = new QPushButton(QIcon(QStringLiteral(":/icons/compare.svg")), tr("Compare"), page);
    m_compare->setObjectName(QStringLiteral("workspaceCompareButton"));
    m_compare->setDefault(true);
    m_compare->setMinimumHeight(m_compare->sizeHint().height() + 10);
    m_compare->setMinimumWidth(140);
    QFont bold = m_compare->font();
    bold.setBold(true);
    m_compare->setFont(bold);
    connect(m_compare, &QPushButton::clicked, this, &ComparisonWorkspace::compare);
    m_openProject = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Open Project…"), page);
    m_openProject->setObjectName(QStringLiteral("workspaceOpenProjectButton"));
    m_openProject->setMinimumHeight(m_compare->minimumHeight());
    m_openProject->hide();
    connect(m_openProject, &QPushButton::clicked, this, [this] {
        if (m_openProjectAction)
            m_openProjectAction->trigger();
    });
    m_compareHint = new QLabel(page);
    m_compareHint->setObjectName(QStringLiteral("compareHint"));
    m_compareHint->setForegroundRole(QPalette::PlaceholderText);
    auto* compareRow = new QHBoxLayout;
    compareRow->setSpacing(10);
    compareRow->addWidget(m_compareHint, 1);
    compareRow->addWidget(m_openProject);
    compareRow->addWidget(m_compare);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(22);
    layout->addLayout(welcome);
    layout->addLayout(sides);
    layout->addWidget(m_warningRow);
    layout->addLayout(compareRow);
    layout->addLayout(noteRow);
    layout->addStretch(1);
    return page;
}

QWidget* ComparisonWorkspace::buildEmptyPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("workspaceEmptyPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 40, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(iconLabel(QStringLiteral(":/icons/syncstudio.svg"), 96, page), 0, Qt::AlignHCenter);
    auto* title = scaledLabel(tr("Welcome to SyncStudio"), 1.6, true, page);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);
    auto* text
        = dimLabel(tr("Compare two MySQL or MariaDB databases, review every difference side by side, and "
                      "synchronize them with a backup point you can roll back to. Start by creating a "
                      "connection profile for each server: the source you copy from and the target you "
                      "bring in line."),
            page);
    text->setAlignment(Qt::AlignHCenter);
    // A wrapped label placed with an alignment loses its height-for-width; stretches centre it instead.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 4);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    auto* button
        = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create a Connection Profile…"), page);
    button->setObjectName(QStringLiteral("workspaceNewProfileButton"));
    button->setMinimumHeight(button->sizeHint().height() + 8);
    connect(button, &QPushButton::clicked, this, [this] {
        if (m_newProfile)
            m_newProfile->trigger();
    });
    layout->addSpacing(6);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QWidget* ComparisonWorkspace::buildSide(
    Side& side, const QString& title, const QString& iconPath, const QString& objectName)
{
    auto* card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);

    auto* heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(iconLabel(iconPath, 24, card));
    heading->addWidget(scaledLabel(title, 1.15, true, card), 1);

    const bool isSource = &side == &m_source;
    auto* role = dimLabel(isSource ? tr("Read in a consistent snapshot, without locks. Never written to.")
                                   : tr("Brought in line with the source. Every change is backed up first."),
        card);

    side.combo = new QComboBox(card);
    side.combo->setObjectName(objectName);
    side.combo->setPlaceholderText(tr("Choose a profile"));
    side.combo->setIconSize(QSize(18, 18));
    side.combo->setMinimumContentsLength(16);
    side.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto* details = new QFormLayout;
    details->setHorizontalSpacing(12);
    details->setVerticalSpacing(4);
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto field = [card] {
        auto* label = new QLabel(card);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    side.server = field();
    side.database = field();
    side.tls = field();
    side.environment = field();

    // The chooser for a profile without a default database: the server's databases, or a typed name.
    side.databaseChooser = new QWidget(card);
    side.databaseCombo = new QComboBox(side.databaseChooser);
    side.databaseCombo->setObjectName(objectName + QStringLiteral("Database"));
    side.databaseCombo->setEditable(true);
    side.databaseCombo->setInsertPolicy(QComboBox::NoInsert);
    side.databaseCombo->lineEdit()->setPlaceholderText(tr("Choose a database"));
    side.databaseCombo->setMinimumContentsLength(12);
    side.databaseCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    side.reloadDatabases = new QToolButton(side.databaseChooser);
    side.reloadDatabases->setObjectName(objectName + QStringLiteral("ReloadDatabases"));
    side.reloadDatabases->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    side.reloadDatabases->setToolTip(tr("List the server's databases again"));
    side.reloadDatabases->setAutoRaise(true);
    side.databaseStatus = new QLabel(side.databaseChooser);
    side.databaseStatus->setObjectName(objectName + QStringLiteral("DatabaseStatus"));
    side.databaseStatus->setWordWrap(true);
    QFont small = side.databaseStatus->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    side.databaseStatus->setFont(small);
    auto* chooserRow = new QHBoxLayout;
    chooserRow->setContentsMargins(0, 0, 0, 0);
    chooserRow->setSpacing(4);
    chooserRow->addWidget(side.databaseCombo, 1);
    chooserRow->addWidget(side.reloadDatabases);
    auto* chooser = new QVBoxLayout(side.databaseChooser);
    chooser->setContentsMargins(0, 0, 0, 0);
    chooser->setSpacing(2);
    chooser->addLayout(chooserRow);
    chooser->addWidget(side.databaseStatus);
    side.databaseChooser->hide();
    connect(side.databaseCombo, &QComboBox::currentTextChanged, this, [this] {
        updateWarnings();
        updateCompare();
    });
    connect(side.reloadDatabases, &QToolButton::clicked, this, [this, &side] { listDatabases(side, true); });
    auto* databaseField = new QWidget(card);
    auto* databaseLayout = new QVBoxLayout(databaseField);
    databaseLayout->setContentsMargins(0, 0, 0, 0);
    databaseLayout->addWidget(side.database);
    databaseLayout->addWidget(side.databaseChooser);

    details->addRow(tr("Server:"), side.server);
    details->addRow(tr("Database:"), databaseField);
    details->addRow(tr("TLS:"), side.tls);
    details->addRow(tr("Environment:"), side.environment);

    side.test = new QPushButton(QIcon(QStringLiteral(":/icons/test.svg")), tr("Test Connection"), card);
    side.test->setObjectName(objectName + QStringLiteral("Test"));
    connect(side.test, &QPushButton::clicked, this, [this, &side] {
        if (const qint64 id = side.combo->currentData().toLongLong())
            emit testRequested(id);
    });
    connect(side.combo, &QComboBox::currentIndexChanged, this, [this, &side] {
        updateSide(side);
        updateWarnings();
        updateCompare();
        if (!m_populating)
            remember();
    });

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(role);
    layout->addWidget(side.combo);
    layout->addLayout(details);
    layout->addStretch(1);
    layout->addWidget(side.test, 0, Qt::AlignLeft);
    return card;
}

void ComparisonWorkspace::repopulate()
{
    const bool first = m_source.combo->count() == 0 && m_target.combo->count() == 0;
    qint64 source = sourceProfileId();
    qint64 target = targetProfileId();
    if (first) {
        source = m_store.value(Setting::LastSourceProfile).toLongLong();
        target = m_store.value(Setting::LastTargetProfile).toLongLong();
    }

    m_populating = true;
    fillCombo(m_source.combo, source);
    fillCombo(m_target.combo, target);
    // A first start with two profiles or more offers a pair rather than two empty pickers.
    const QList<Profile> all = m_model->profiles();
    if (m_source.combo->currentIndex() < 0 && !all.isEmpty())
        setSourceProfile(all.first().id);
    if (m_target.combo->currentIndex() < 0 && all.size() > 1) {
        // Prefer a target that is not production: copying into production is the rarer, riskier case.
        qint64 target = 0;
        for (const Profile& p : all) {
            if (p.id != sourceProfileId() && (target == 0 || !p.isProduction())) {
                target = p.id;
                if (!p.isProduction())
                    break;
            }
        }
        setTargetProfile(target);
    }
    m_populating = false;

    // A profile edited meanwhile may have gained or lost its default database.
    m_source.listedProfile = m_target.listedProfile = 0;
    updateSide(m_source);
    updateSide(m_target);
    updateWarnings();
    updateCompare();
    m_pages->setCurrentIndex(all.isEmpty() ? 1 : 0);
}

void ComparisonWorkspace::fillCombo(QComboBox* combo, qint64 keepId)
{
    combo->clear();
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        if (g > 0)
            combo->insertSeparator(combo->count());
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QModelIndex index = m_model->index(r, 0, group);
            const int i = combo->count();
            combo->addItem(index.data(Qt::DecorationRole).value<QIcon>(),
                index.data(Qt::DisplayRole).toString(), index.data(ProfilesModel::ProfileIdRole));
            combo->setItemData(i, index.data(Qt::ForegroundRole), Qt::ForegroundRole);
            combo->setItemData(i, index.data(ProfilesModel::AddressRole), Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(keepId != 0 ? combo->findData(keepId) : -1);
}

void ComparisonWorkspace::updateSide(Side& side)
{
    const std::optional<Profile> profile = m_model->profileById(side.combo->currentData().toLongLong());
    side.test->setEnabled(profile.has_value());
    if (!profile) {
        for (QLabel* label : {side.server, side.database, side.tls, side.environment})
            label->setText(QStringLiteral("—"));
        UiStyle::resetTextColor(side.environment);
        side.database->show();
        side.databaseChooser->hide();
        return;
    }
    side.server->setText(ProfilesModel::address(*profile));
    side.database->setText(profile->database);
    side.database->setVisible(!profile->database.isEmpty());
    side.databaseChooser->setVisible(profile->database.isEmpty());
    if (profile->database.isEmpty())
        listDatabases(side, false);
    QString tls = tlsModeName(profile->tlsMode);
    if (!profile->tlsCa.isEmpty())
        tls += QLatin1Char(' ') + tr("(CA %1)").arg(QFileInfo(profile->tlsCa).fileName());
    side.tls->setText(tls);
    const ProfilesModel::Group group = ProfilesModel::groupOf(*profile);
    side.environment->setText(ProfilesModel::groupTitle(group));
    if (group == ProfilesModel::Group::Production)
        UiStyle::setTextColor(side.environment, ProfilesModel::productionColor());
    else
        UiStyle::resetTextColor(side.environment);
}

void ComparisonWorkspace::updateWarnings()
{
    const std::optional<Profile> source = m_model->profileById(sourceProfileId());
    const std::optional<Profile> target = m_model->profileById(targetProfileId());
    QStringList warnings;
    if (source && target) {
        const bool sameServer = source->socket.isEmpty() && target->socket.isEmpty()
            ? source->host.compare(target->host, Qt::CaseInsensitive) == 0 && source->port == target->port
            : source->socket == target->socket;
        const QString sourceDb = sourceDatabase();
        const QString targetDb = targetDatabase();
        if (source->id == target->id && (sourceDb.isEmpty() || sourceDb == targetDb)) {
            warnings << tr(
                "Source and target are the same profile. Choose two different servers or databases.");
        } else if (sameServer && !sourceDb.isEmpty() && sourceDb == targetDb) {
            warnings << tr("Source and target point to the same server and database.");
        }
    }
    if (target && target->isProduction()) {
        warnings << tr("The target is a production server. Every sync to it asks for confirmation, and "
                       "a backup point is taken before the first change.");
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warningRow->setVisible(!warnings.isEmpty());
}

void ComparisonWorkspace::updateCompare()
{
    if (!m_compare)
        return;
    const QString hint = compareHint();
    m_compare->setEnabled(hint.isEmpty());
    // The warning row already says when both sides are the same; the hint covers missing choices.
    const bool sameDatabase = sourceProfileId() == targetProfileId() && sourceDatabase() == targetDatabase();
    m_compareHint->setText(sameDatabase ? QString() : hint);
    m_compare->setToolTip(hint.isEmpty() ? tr("Compare %1 with %2").arg(project().source, project().target) : hint);
}

void ComparisonWorkspace::remember()
{
    // Not worth an error dialog: the worst case is an unremembered choice.
    (void)m_store.setValue(Setting::LastSourceProfile, sourceProfileId());
    (void)m_store.setValue(Setting::LastTargetProfile, targetProfileId());
}
