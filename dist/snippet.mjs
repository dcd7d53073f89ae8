/** Text and attribute values for HTML built as a string (the fallback, the snippet). */
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
/**
 * JSON to put inside `<script>`: `<` (so neither `</script>` nor `<!--` can end or
 * change the element), `>`, `&` and the two JavaScript line breaks become
 * `\u` escapes, which JSON.parse reads back as the same characters.
 */
function scriptJson(value, indent) {
    return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `Intl` constructors are slow (a timeline of 1,000 events would build 1,000
 * formatters) while their results are immutable, so every widget shares one
 * instance per locale and option set. The cache is bounded because `locale`
 * comes from pages and data we do not control.
 */
const MAX_ENTRIES = 64;
const cache = new Map();
function cached(key, create) {
    let value = cache.get(key); // stored by this function under this key, so of type T
    if (!value) {
        if (cache.size >= MAX_ENTRIES)
            cache.clear();
        value = create();
        cache.set(key, value);
    }
    return value;
}
function dateTimeFormat(locale, options) {
    return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}
function pluralRules(locale) {
    return cached(`p|${locale}`, () => new Intl.PluralRules(locale));
}

// Always the Gregorian calendar: a newsroom's "2024-12" is that Gregorian month, which a
// Persian or Hijri calendar would have to split across two of its own months.
const MONTH = { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' };
// A year alone is read off the month-and-year format: creating a formatter is
// the slowest step of a widget's first render, so there is one fewer to create.
const DATE_OPTIONS = {
    year: MONTH,
    month: MONTH,
    day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' },
    time: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' },
};
const TIME_OPTIONS = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
// The languages with their own month names (below) all write a 24-hour clock.
const TIME_24 = { ...TIME_OPTIONS, hourCycle: 'h23' };
// Arabic without a region writes Latin digits since CLDR 44 (Chromium, Firefox, Node), as the UI
// strings write their counts; an older ICU (WebKitGTK on Debian 12, ICU 72) would write "٢٥ ديسمبر
// ٢٠٢٤" next to "3 أحداث جديدة", and server-rendered text would change on hydration.
const formatLocale = (locale) => (locale === 'ar' ? 'ar-u-nu-latn' : locale);
function formatCalendarDate(wallClock, precision, locale, { monthNames: months }) {
    if (months && precision !== 'year') {
        // Month names of a language some browsers' Intl has no data for ("2024 M12"):
        // "снежань 2024" (the nominative of the standalone form), "25 снежня 2024".
        const [standalone, format] = months.map((names) => names.split(' ')[wallClock.getUTCMonth()]);
        const year = wallClock.getUTCFullYear();
        return precision === 'month' ? `${standalone} ${year}` : `${wallClock.getUTCDate()} ${format} ${year}`;
    }
    let parts = dateTimeFormat(locale, DATE_OPTIONS[precision]).formatToParts(wallClock);
    if (precision === 'year') {
        // The year and what is written onto it ("2024年"), not a spaced suffix ("2024 г.").
        const at = parts.findIndex((part) => part.type === 'year');
        parts = parts.slice(at, at + 2).filter((part, index) => !index || !/^\s/.test(part.value));
    }
    // Drop a spaced suffix after the year ("2024 г.", "2024 р."): news style writes
    // "7 октября 2025", and "около 2019 г." reads worse than "около 2019". Unspaced
    // literals are part of the date itself ("2024年12月") and stay.
    while (parts.length > 1 && parts[parts.length - 1].type === 'literal' && /^\s/.test(parts[parts.length - 1].value)) {
        parts.pop();
    }
    return parts.map((part) => part.value).join('');
}
/**
 * The date in `locale`, in its own precision: `2024-12` is "декабрь 2024" (the
 * month-and-year pattern gives the nominative), never a day. Date-only values
 * are formatted in UTC so no reader's time zone shifts them; a date-time shows
 * the wall-clock time of its own offset, as the newsroom wrote it.
 */
function formatPartialDate(date, locale, strings) {
    const intlLocale = formatLocale(locale);
    const wallClock = new Date(date.start + (date.offset ?? 0) * 60_000);
    let text = formatCalendarDate(wallClock, date.precision, intlLocale, strings);
    if (date.precision === 'time')
        text += strings.dateTimeSeparator + dateTimeFormat(intlLocale, strings.monthNames ? TIME_24 : TIME_OPTIONS).format(wallClock);
    if (date.approximate)
        text = strings.approximate(text);
    if (date.uncertain)
        text = strings.uncertain(text);
    return text;
}

/** The form of a counted word that `locale`'s plural rules pick for `count`. */
function pluralForm(locale, count, forms) {
    return forms[pluralRules(locale).select(count)] ?? forms.other;
}

const ar = () => ({
    quoteMarks: ['”', '“'],
    dateTimeSeparator: '، ',
    approximate: (date) => `حوالي ${date}`,
    uncertain: (date) => `${date}؟`,
    loadingText: 'جارٍ التحميل…',
    invalidData: 'تعذّر عرض هذا المحتوى.',
    fetchFailed: 'تعذّر تحميل هذا المحتوى.',
    retryLabel: 'إعادة المحاولة',
    shareLabel: 'مشاركة',
    linkCopied: 'تم نسخ الرابط',
    showOriginal: (language) => `عرض النص الأصلي (${language})`,
    showTranslation: (language) => `عرض الترجمة (${language})`,
    showAll: (count) => `عرض ${pluralForm('ar', count, { zero: 'كل الأحداث', one: 'الحدث', two: 'الحدثين', few: `كل الأحداث الـ${count}`, many: `كل الأحداث الـ${count}`, other: `كل الأحداث الـ${count}` })}`,
    previousLabel: 'السابق',
    nextLabel: 'التالي',
    copyLink: 'نسخ رابط هذا الحدث',
    categoriesLabel: 'الفئات',
    sourcesLabel: 'المصادر',
    updatedLabel: 'حُدّث',
    tagsLabel: 'الوسوم',
    newEvents: (count) => pluralForm('ar', count, { zero: 'لا أحداث جديدة', one: 'حدث جديد', two: 'حدثان جديدان', few: `${count} أحداث جديدة`, many: `${count} حدثًا جديدًا`, other: `${count} حدث جديد` }),
    newMark: 'جديد',
});

const az = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ', ',
    monthNames: ['yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr', 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'],
    approximate: (date) => `təxminən ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Yüklənir…',
    invalidData: 'Bu materialı göstərmək mümkün olmadı.',
    fetchFailed: 'Bu materialı yükləmək mümkün olmadı.',
    retryLabel: 'Yenidən cəhd et',
    shareLabel: 'Paylaş',
    linkCopied: 'Keçid kopyalandı',
    showOriginal: (language) => `Orijinalı göstər (${language})`,
    showTranslation: (language) => `Tərcüməni göstər (${language})`,
    showAll: (count) => `Bütün ${count} hadisəni göstər`,
    previousLabel: 'Əvvəlki',
    nextLabel: 'Növbəti',
    copyLink: 'Bu hadisənin keçidini kopyala',
    categoriesLabel: 'Kateqoriyalar',
    sourcesLabel: 'Mənbələr',
    updatedLabel: 'yeniləndi',
    tagsLabel: 'Teqlər',
    newEvents: (count) => `${count} yeni hadisə`,
    newMark: 'Yeni',
});

const be = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    monthNames: [
        'студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад снежань',
        'студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
    ],
    approximate: (date) => `каля ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Загрузка…',
    invalidData: 'Не ўдалося паказаць гэты матэрыял.',
    fetchFailed: 'Не ўдалося загрузіць гэты матэрыял.',
    retryLabel: 'Паўтарыць',
    shareLabel: 'Падзяліцца',
    linkCopied: 'Спасылка скапіявана',
    showOriginal: (language) => `Паказаць арыгінал (${language})`,
    showTranslation: (language) => `Паказаць пераклад (${language})`,
    showAll: (count) => `Паказаць усе ${count} ${pluralForm('be', count, { one: 'падзею', many: 'падзей', other: 'падзеі' })}`,
    previousLabel: 'Назад',
    nextLabel: 'Далей',
    copyLink: 'Скапіяваць спасылку на гэту падзею',
    categoriesLabel: 'Катэгорыі',
    sourcesLabel: 'Крыніцы',
    updatedLabel: 'абноўлена',
    tagsLabel: 'Тэгі',
    newEvents: (count) => `${count} ${pluralForm('be', count, { one: 'новая падзея', many: 'новых падзей', other: 'новыя падзеі' })}`,
    newMark: 'Новае',
});

const de = () => ({
    quoteMarks: ['„', '“'],
    dateTimeSeparator: ', ',
    approximate: (date) => `um ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Wird geladen…',
    invalidData: 'Dieser Inhalt kann nicht angezeigt werden.',
    fetchFailed: 'Dieser Inhalt konnte nicht geladen werden.',
    retryLabel: 'Erneut versuchen',
    shareLabel: 'Teilen',
    linkCopied: 'Link kopiert',
    showOriginal: (language) => `Original anzeigen (${language})`,
    showTranslation: (language) => `Übersetzung anzeigen (${language})`,
    showAll: (count) => pluralForm('de', count, { one: '1 Ereignis anzeigen', other: `Alle ${count} Ereignisse anzeigen` }),
    previousLabel: 'Zurück',
    nextLabel: 'Weiter',
    copyLink: 'Link zu diesem Ereignis kopieren',
    categoriesLabel: 'Kategorien',
    sourcesLabel: 'Quellen',
    updatedLabel: 'aktualisiert',
    tagsLabel: 'Schlagwörter',
    newEvents: (count) => `${count} ${pluralForm('de', count, { one: 'neues Ereignis', other: 'neue Ereignisse' })}`,
    newMark: 'Neu',
});

const en = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ', ',
    approximate: (date) => `c. ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Loading…',
    invalidData: 'This content could not be shown.',
    fetchFailed: 'This content could not be loaded.',
    retryLabel: 'Try again',
    shareLabel: 'Share',
    linkCopied: 'Link copied',
    showOriginal: (language) => `Show original in ${language}`,
    showTranslation: (language) => `Show translation in ${language}`,
    showAll: (count) => `Show all ${count} ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
    previousLabel: 'Previous',
    nextLabel: 'Next',
    copyLink: 'Copy link to this event',
    categoriesLabel: 'Categories',
    sourcesLabel: 'Sources',
    updatedLabel: 'Updated',
    tagsLabel: 'Tags',
    newEvents: (count) => `${count} new ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
    newMark: 'New',
});

const es = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    approximate: (date) => `hacia ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Cargando…',
    invalidData: 'No se pudo mostrar este contenido.',
    fetchFailed: 'No se pudo cargar este contenido.',
    retryLabel: 'Reintentar',
    shareLabel: 'Compartir',
    linkCopied: 'Enlace copiado',
    showOriginal: (language) => `Ver el original (${language})`,
    showTranslation: (language) => `Ver la traducción (${language})`,
    showAll: (count) => pluralForm('es', count, { one: 'Mostrar el evento', other: `Mostrar los ${count} eventos` }),
    previousLabel: 'Anterior',
    nextLabel: 'Siguiente',
    copyLink: 'Copiar el enlace a este evento',
    categoriesLabel: 'Categorías',
    sourcesLabel: 'Fuentes',
    updatedLabel: 'actualizado',
    tagsLabel: 'Etiquetas',
    newEvents: (count) => `${count} ${pluralForm('es', count, { one: 'evento nuevo', other: 'eventos nuevos' })}`,
    newMark: 'Nuevo',
});

const fa = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: '، ',
    approximate: (date) => `حدود ${date}`,
    uncertain: (date) => `${date}؟`,
    loadingText: 'در حال بارگیری…',
    invalidData: 'نمایش این محتوا ممکن نشد.',
    fetchFailed: 'بارگیری این محتوا ممکن نشد.',
    retryLabel: 'تلاش دوباره',
    shareLabel: 'هم‌رسانی',
    linkCopied: 'پیوند کپی شد',
    showOriginal: (language) => `نمایش متن اصلی (${language})`,
    showTranslation: (language) => `نمایش ترجمه (${language})`,
    showAll: (count) => `نمایش همهٔ ${count} رویداد`,
    previousLabel: 'قبلی',
    nextLabel: 'بعدی',
    copyLink: 'کپی پیوند این رویداد',
    categoriesLabel: 'دسته‌ها',
    sourcesLabel: 'منابع',
    updatedLabel: 'به‌روزرسانی',
    tagsLabel: 'برچسب‌ها',
    newEvents: (count) => `${count} رویداد تازه`,
    newMark: 'تازه',
});

// French sets « » and the colon off with a narrow no-break space (U+202F).
const fr = () => ({
    quoteMarks: ['«\u202f', '\u202f»'],
    dateTimeSeparator: ' à ',
    approximate: (date) => `vers ${date}`,
    uncertain: (date) => `${date}\u202f?`,
    loadingText: 'Chargement…',
    invalidData: 'Ce contenu ne peut pas être affiché.',
    fetchFailed: 'Ce contenu n’a pas pu être chargé.',
    retryLabel: 'Réessayer',
    shareLabel: 'Partager',
    linkCopied: 'Lien copié',
    showOriginal: (language) => `Afficher l’original (${language})`,
    showTranslation: (language) => `Afficher la traduction (${language})`,
    showAll: (count) => pluralForm('fr', count, { one: 'Afficher l’événement', other: `Afficher les ${count} événements` }),
    previousLabel: 'Précédent',
    nextLabel: 'Suivant',
    copyLink: 'Copier le lien vers cet événement',
    categoriesLabel: 'Catégories',
    sourcesLabel: 'Sources',
    updatedLabel: 'mis à jour',
    tagsLabel: 'Mots-clés',
    newEvents: (count) => `${count} ${pluralForm('fr', count, { one: 'nouvel événement', other: 'nouveaux événements' })}`,
    newMark: 'Nouveau',
});

const he = () => ({
    quoteMarks: ['”', '”'],
    dateTimeSeparator: ', ',
    approximate: (date) => `בסביבות ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'טוען…',
    invalidData: 'לא ניתן להציג תוכן זה.',
    fetchFailed: 'לא ניתן לטעון תוכן זה.',
    retryLabel: 'ניסיון חוזר',
    shareLabel: 'שיתוף',
    linkCopied: 'הקישור הועתק',
    showOriginal: (language) => `הצגת המקור (${language})`,
    showTranslation: (language) => `הצגת התרגום (${language})`,
    showAll: (count) => pluralForm('he', count, { one: 'הצגת האירוע', other: `הצגת כל ${count} האירועים` }),
    previousLabel: 'הקודם',
    nextLabel: 'הבא',
    copyLink: 'העתקת קישור לאירוע הזה',
    categoriesLabel: 'קטגוריות',
    sourcesLabel: 'מקורות',
    updatedLabel: 'עודכן',
    tagsLabel: 'תגיות',
    newEvents: (count) => pluralForm('he', count, { one: 'אירוע חדש אחד', other: `${count} אירועים חדשים` }),
    newMark: 'חדש',
});

const kk = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    monthNames: ['қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан', 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'],
    approximate: (date) => `шамамен ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Жүктелуде…',
    invalidData: 'Бұл материалды көрсету мүмкін болмады.',
    fetchFailed: 'Бұл материалды жүктеу мүмкін болмады.',
    retryLabel: 'Қайталау',
    shareLabel: 'Бөлісу',
    linkCopied: 'Сілтеме көшірілді',
    showOriginal: (language) => `Түпнұсқаны көрсету (${language})`,
    showTranslation: (language) => `Аударманы көрсету (${language})`,
    showAll: (count) => `Барлық ${count} оқиғаны көрсету`,
    previousLabel: 'Артқа',
    nextLabel: 'Алға',
    copyLink: 'Осы оқиғаның сілтемесін көшіру',
    categoriesLabel: 'Санаттар',
    sourcesLabel: 'Дереккөздер',
    updatedLabel: 'жаңартылды',
    tagsLabel: 'Тегтер',
    newEvents: (count) => `${count} жаңа оқиға`,
    newMark: 'Жаңа',
});

// Mid-sentence, a Russian language name is lower-case; WebKit's Intl.DisplayNames capitalises it.
const midSentence = (name) => name.charAt(0).toLocaleLowerCase('ru') + name.slice(1);
const ru = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    approximate: (date) => `около ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Загрузка…',
    invalidData: 'Не удалось показать этот материал.',
    fetchFailed: 'Не удалось загрузить этот материал.',
    retryLabel: 'Повторить',
    shareLabel: 'Поделиться',
    linkCopied: 'Ссылка скопирована',
    showOriginal: (language) => `Показать оригинал (${midSentence(language)})`,
    showTranslation: (language) => `Показать перевод (${midSentence(language)})`,
    showAll: (count) => `Показать все ${count} ${pluralForm('ru', count, { one: 'событие', few: 'события', other: 'событий' })}`,
    previousLabel: 'Назад',
    nextLabel: 'Вперёд',
    copyLink: 'Скопировать ссылку на это событие',
    categoriesLabel: 'Категории',
    sourcesLabel: 'Источники',
    updatedLabel: 'обновлено',
    tagsLabel: 'Теги',
    newEvents: (count) => `${count} ${pluralForm('ru', count, { one: 'новое событие', few: 'новых события', other: 'новых событий' })}`,
    newMark: 'Новое',
});

const tr = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ' ',
    approximate: (date) => `yaklaşık ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Yükleniyor…',
    invalidData: 'Bu içerik gösterilemedi.',
    fetchFailed: 'Bu içerik yüklenemedi.',
    retryLabel: 'Yeniden dene',
    shareLabel: 'Paylaş',
    linkCopied: 'Bağlantı kopyalandı',
    showOriginal: (language) => `Orijinali göster (${language})`,
    showTranslation: (language) => `Çeviriyi göster (${language})`,
    showAll: (count) => `${count} olayın tümünü göster`,
    previousLabel: 'Önceki',
    nextLabel: 'Sonraki',
    copyLink: 'Bu olayın bağlantısını kopyala',
    categoriesLabel: 'Kategoriler',
    sourcesLabel: 'Kaynaklar',
    updatedLabel: 'güncellendi',
    tagsLabel: 'Etiketler',
    newEvents: (count) => `${count} yeni olay`,
    newMark: 'Yeni',
});

const uk = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    approximate: (date) => `близько ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Завантаження…',
    invalidData: 'Не вдалося показати цей матеріал.',
    fetchFailed: 'Не вдалося завантажити цей матеріал.',
    retryLabel: 'Повторити',
    shareLabel: 'Поділитися',
    linkCopied: 'Посилання скопійовано',
    showOriginal: (language) => `Показати оригінал (${language})`,
    showTranslation: (language) => `Показати переклад (${language})`,
    showAll: (count) => `Показати всі ${count} ${pluralForm('uk', count, { one: 'подію', many: 'подій', other: 'події' })}`,
    previousLabel: 'Назад',
    nextLabel: 'Далі',
    copyLink: 'Скопіювати посилання на цю подію',
    categoriesLabel: 'Категорії',
    sourcesLabel: 'Джерела',
    updatedLabel: 'оновлено',
    tagsLabel: 'Теги',
    newEvents: (count) => `${count} ${pluralForm('uk', count, { one: 'нова подія', many: 'нових подій', other: 'нові події' })}`,
    newMark: 'Нове',
});

const zh = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ' ',
    approximate: (date) => `约${date}`,
    uncertain: (date) => `${date}？`,
    loadingText: '正在加载…',
    invalidData: '无法显示此内容。',
    fetchFailed: '无法加载此内容。',
    retryLabel: '重试',
    shareLabel: '分享',
    linkCopied: '链接已复制',
    showOriginal: (language) => `显示原文（${language}）`,
    showTranslation: (language) => `显示译文（${language}）`,
    showAll: (count) => `显示全部 ${count} 个事件`,
    previousLabel: '上一个',
    nextLabel: '下一个',
    copyLink: '复制此事件的链接',
    categoriesLabel: '类别',
    sourcesLabel: '来源',
    updatedLabel: '更新于',
    tagsLabel: '标签',
    newEvents: (count) => `${count} 个新事件`,
    newMark: '新',
});

/**
 * The languages Lede speaks; any other falls back to English. Each table is a
 * full `UiStrings`, built the first time a widget speaks it: a page holds the
 * strings of the languages it shows, not of all fourteen.
 */
const TABLES = { ar, az, be, de, en, es, fa, fr, he, kk, ru, tr, uk, zh };
const built = {};
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
function canonical(tag) {
    if (!tag)
        return undefined;
    try {
        return Intl.getCanonicalLocales(tag.trim())[0];
    }
    catch {
        return undefined; // not BCP 47: try the next candidate
    }
}
function languageOf(locale) {
    return locale.split('-')[0].toLowerCase();
}
function directionOf(locale) {
    return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}
/** Between the items of a list of names: the Arabic comma in the languages written in Arabic script, the ideographic one in Chinese. */
function listSeparator(language) {
    return /^(ar|fa|ur|ps|ckb|sd|ug)$/.test(language) ? '، ' : language === 'zh' ? '、' : ', ';
}
/** The language a widget in `locale` speaks: its own if Lede has its strings, else English. */
function uiLanguage(locale) {
    const language = languageOf(locale);
    return Object.hasOwn(TABLES, language) ? language : 'en';
}
function stringsFor(locale) {
    const language = uiLanguage(locale);
    return (built[language] ??= TABLES[language]());
}
/**
 * docs/languages.md: the first well-formed tag of, in order, the `locale` attribute, the
 * data's `lang`, the nearest `lang` attribute and `navigator.language`; else `en`.
 */
function resolveLocale(...candidates) {
    let locale = 'en';
    for (const candidate of candidates) {
        const tag = canonical(candidate);
        if (tag) {
            locale = tag;
            break;
        }
    }
    return { locale, language: languageOf(locale), dir: directionOf(locale), strings: stringsFor(locale) };
}

function time(date, label, { locale, strings }) {
    return `<time datetime="${escapeHtml(date.iso)}">${escapeHtml(label ?? formatPartialDate(date, locale, strings))}</time>`;
}
function link(text, url) {
    return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}
/** The words of a sanitised paragraph: the fallback is plain text. */
function plainText(nodes) {
    return nodes.map((node) => (typeof node === 'string' ? node : plainText(node.children))).join('');
}
/** `lang` and `dir` for text in `lang` inside text in `info`'s language: none when they agree. */
function ownLanguage(lang, info) {
    return lang && languageOf(lang) !== info.language ? ` lang="${escapeHtml(lang)}" dir="${directionOf(lang)}"` : '';
}
function quoteFallback(quote, info) {
    const { speaker, source, translation } = quote;
    // As in the widget: the translation leads when it is in the reader's language and the original is not.
    const shown = translation && languageOf(translation.lang) === info.language && languageOf(quote.lang ?? info.locale) !== info.language ? translation : quote;
    const [open, close] = stringsFor(shown.lang ?? info.locale).quoteMarks;
    const attribution = [
        link(speaker.name, speaker.url),
        speaker.role && escapeHtml(speaker.role),
        source && link(source.name, source.url),
        quote.date && time(quote.date, quote.dateLabel, info),
    ].filter(Boolean);
    return `<figure>
  <blockquote${ownLanguage(shown.lang, info)}${source?.url ? ` cite="${escapeHtml(source.url)}"` : ''}><p>${escapeHtml(open + shown.text + close)}</p></blockquote>
  <figcaption>— ${attribution.join(listSeparator(info.language))}</figcaption>${quote.context ? `\n  <p>${escapeHtml(quote.context)}</p>` : ''}
</figure>`;
}
function timelineFallback(timeline, info) {
    const events = timeline.events.map((event) => {
        const dates = time(event.date, event.dateLabel, info) + (event.end ? ` – ${time(event.end, undefined, info)}` : '');
        return `  <li>${dates}: ${link(event.title, event.url)}${event.text ? `. ${escapeHtml(event.text)}` : ''}</li>`;
    });
    return [timeline.title && `<p><strong>${escapeHtml(timeline.title)}</strong></p>`, `<ol>\n${events.join('\n')}\n</ol>`].filter(Boolean).join('\n');
}
function imageFallback(image) {
    const caption = [image.caption, image.credit].filter(Boolean).join(' · ');
    const size = (image.width ? ` width="${image.width}"` : '') + (image.height ? ` height="${image.height}"` : '');
    return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size} loading="lazy">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}
/** Each block as plain HTML; a quote or timeline given by `src` is left to the script, which loads it. */
function blockFallback(block, info) {
    switch (block.type) {
        case 'paragraph':
            return `<p>${escapeHtml(block.html ? plainText(block.html) : block.text ?? '')}</p>`;
        case 'heading':
            return `<h3>${escapeHtml(block.text)}</h3>`;
        case 'list': {
            const tag = block.ordered ? 'ol' : 'ul';
            return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
        }
        case 'image':
            return imageFallback(block);
        case 'quote': {
            const { text, speaker } = block;
            return text && speaker ? quoteFallback({ ...block, text, speaker }, info) : '';
        }
        case 'timeline':
            return block.events ? timelineFallback({ ...block, events: block.events }, info) : '';
    }
}
/** The whole story: every block of the body, so a reader without the script misses none of it. */
function articleFallback(article, info) {
    return [
        `<h2>${link(article.headline, article.url)}</h2>`,
        article.dek && `<p><strong>${escapeHtml(article.dek)}</strong></p>`,
        article.published && `<p>${time(article.published, undefined, info)}</p>`,
        article.image && imageFallback(article.image),
        ...article.body.map((block) => blockFallback(block, info)),
    ]
        .filter(Boolean)
        .join('\n');
}
/**
 * Fallback content for an embed (docs/widgets.md): what readers without the script, and
 * before it runs, see inside the element. Built from the validated model with the
 * same date formatting and UI strings as the widget, as plain HTML.
 */
function fallbackHtml(model, locale) {
    const info = resolveLocale(locale, model.lang);
    const content = model.type === 'quote' ? quoteFallback(model, info) : model.type === 'timeline' ? timelineFallback(model, info) : articleFallback(model, info);
    // In the page's flow, not the widget's: an Arabic fallback on an English page needs its own
    // language and direction, else it reads left to right. A document that does not say its
    // language takes its direction from its first words.
    const language = model.lang ? `lang="${escapeHtml(info.locale)}" dir="${info.dir}"` : 'dir="auto"';
    return `<div ${language}>\n${content.replace(/^/gm, '  ')}\n</div>`;
}

/**
 * The release this code ships in. The build (rollup.config.mjs, `fillRelease`) replaces
 * these values with package.json's version and dist/integrity.json, so the CDN tag that
 * `lede-widgets/ssr` writes always names its own release and the hash of its script.
 */
const RELEASE = {"version":"0.1.0","integrity":{"lede.js":"sha384-Pp3nuAt8JGPSaf+lB1dmZXzb5nfX7vJFPAaFPB0AkA6fLcx4RkMzkNaRJv4VdkUx","quote.js":"sha384-euEKtjb0azuqLnGJz8TR8VD9yQpHEletMiLDpSw+wAnXjR0jHP0S6nUwRresSV4a","timeline.js":"sha384-EiYy7G1ts+TPwRaZflsxIIJ+uqC0xMciHjzIelabXZx34EuSt0qI/18txM8t9i0E"}};
/** `dist/lede.js` of this release on jsDelivr's npm mirror, with its sha384. */
function cdnScript(file = 'lede.js') {
    const integrity = RELEASE.integrity[file];
    return { src: `https://cdn.jsdelivr.net/npm/lede-widgets@${RELEASE.version}/dist/${file}`, ...(integrity ? { integrity } : {}) };
}

const WEB = ['http:', 'https:'];
const ORIGIN = 'https://lede.invalid/';
const PAGE = `${ORIGIN}0/1`;
/**
 * `value` as the URL parser reads it: an absolute URL ("//host" too) as its
 * serialisation; a relative one as given, less what the parser strips (C0
 * controls and spaces at the ends, tabs and newlines), the rest of its
 * non-ASCII, spaces and controls percent-encoded as the parser does. Checked
 * to read as `value` does.
 */
function serialise(value) {
    const { href } = new URL(value, PAGE);
    const written = href.startsWith(ORIGIN) ? value.replace(/^[\0- ]+|[\0- ]+$|[\t\n\r]/g, '').replace(/[^!-~]/gu, encodeURIComponent) : href;
    return new URL(written, PAGE).href === href && written;
}
/**
 * An absolute http(s) URL (or `mailto:` where `schemes` allow it), resolved
 * against `baseUrl` when there is one; a relative URL stays relative when there
 * is no base (the page resolves it), and a fragment (`#id`) stays one. Any
 * other scheme gives `null`.
 *
 * The browser's own URL parser reads the value, the scheme is checked on what
 * it read, and what is returned is that reading serialised: a prefix the parser
 * keeps (U+2028, U+00A0) stays percent-encoded in a relative path, where no
 * later trim can turn it into a scheme.
 */
function safeUrl(value, baseUrl, schemes = WEB) {
    try {
        // A link to a place on the page ("#chronology") stays on the page, not on the document's URL.
        const resolved = baseUrl && !/^[\0- ]*(#|$)/.test(value) && new URL(value, baseUrl);
        const written = resolved ? resolved.href : serialise(value);
        return written && schemes.some((scheme) => scheme === (resolved || new URL(written, PAGE)).protocol) ? written : null;
    }
    catch {
        return null;
    }
}

/**
 * The article paragraph's `html` field, reduced to the inline allow-list of docs/data-format.md.
 *
 * Safe by construction: the input is tokenised here (no DOMParser, no
 * innerHTML, so it runs in Node for server rendering and needs no Trusted
 * Types policy) and only a tree of allowed tags with checked attributes comes
 * out. Text is kept as text and is rendered through Lit text bindings, so
 * markup the tokeniser does not understand can only ever show up as
 * characters, never as elements.
 */
const ALLOWED_TAGS = [
    'a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'code', 'mark', 'q', 'abbr', 'small', 'span', 'time',
];
/** Elements whose content is never text for a reader: dropped whole. */
const DROPPED_WITH_CONTENT = new Set([
    'script', 'style', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript',
    'object', 'embed', 'svg', 'math', 'select', 'option', 'plaintext', 'head',
]);
const ENTITIES = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—',
    laquo: '«', raquo: '»', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„', thinsp: '\u2009',
};
/**
 * Deeper elements are flattened into their nearest kept ancestor (their text stays): the tree is
 * rendered, turned into text and serialised by recursion, which must not overflow the call stack.
 */
const MAX_DEPTH = 32;
function decodeEntities(text) {
    return !text.includes('&') ? text : text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (match, name) => {
        if (name[0] === '#') {
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
        }
        return ENTITIES[name.toLowerCase()] ?? match;
    });
}
function isAllowedTag(name) {
    return ALLOWED_TAGS.some((tag) => tag === name);
}
// Sticky, and none can backtrack further than the run it just read: every tag is read in one
// pass, so unclosed tags cost no more than closed ones. Quotes count only around attribute
// values, as in the HTML tokenizer.
const MARKUP = /<(?:!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|(\/?)([a-z][^\s/>]*))/iy;
const ATTRIBUTE = /[\s/]*(?:>|([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?)/y;
/**
 * Where the tag whose attributes start at `index` ends (just after its `>`), or -1 when the
 * source ends inside it; its attributes go into `attributes` if given.
 */
function readTagEnd(source, index, attributes) {
    for (ATTRIBUTE.lastIndex = index;;) {
        const match = ATTRIBUTE.exec(source);
        if (!match || /^["']/.test(match[4] ?? ''))
            return -1; // the end, or a quote that never closes
        if (!match[1])
            return ATTRIBUTE.lastIndex;
        attributes?.push([match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']);
    }
}
function readAttributes(tag, source, baseUrl) {
    const attributes = {};
    for (const [name, rawValue] of source) {
        const value = decodeEntities(rawValue);
        if (tag === 'span' && (name === 'lang' || (name === 'dir' && /^(ltr|rtl|auto)$/i.test(value))))
            attributes[name] = value;
        else if (name === 'title' && (tag === 'a' || tag === 'abbr'))
            attributes.title = value;
        else if (name === 'target' && tag === 'a' && value === '_blank')
            attributes.target = value;
        else if (name === 'datetime' && tag === 'time')
            attributes.datetime = value;
        else if ((name === 'href' && tag === 'a') || (name === 'cite' && tag === 'q')) {
            const safe = safeUrl(value, baseUrl, tag === 'a' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:']);
            if (safe !== null)
                attributes[name] = safe;
        }
    }
    return attributes;
}
/**
 * Parses `source` into a tree of allowed inline elements and text; never throws. Time is
 * linear in the length: each character is scanned a bounded number of times, and a tag
 * the source ends inside is shown, with the rest, as text.
 */
function sanitizeHtml(source, baseUrl) {
    const root = [];
    const stack = [];
    // Open elements deeper than MAX_DEPTH: names only, their content goes to the deepest kept one.
    const flattened = [];
    // How many of each tag are open: a close tag with none open costs nothing, one with some open
    // pops what it closes, so a long run of either is never a search of the whole stack.
    const openCounts = {};
    const children = () => (stack.length ? stack[stack.length - 1].children : root);
    const pushText = (text) => {
        if (!text)
            return;
        const list = children();
        const last = list.length - 1;
        if (typeof list[last] === 'string')
            list[last] += text;
        else
            list.push(text);
    };
    let textStart = 0;
    let skipUntil;
    for (let start = source.indexOf('<'), end; start >= 0; start = source.indexOf('<', end)) {
        MARKUP.lastIndex = start;
        const [token, slash, rawName] = MARKUP.exec(source) ?? [];
        const name = rawName?.toLowerCase();
        const isClosing = !!slash;
        const attributesStart = MARKUP.lastIndex;
        end = !token ? start + 1 : name ? readTagEnd(source, attributesStart) : attributesStart;
        if (end < 0)
            break; // the source ends inside this tag: it is shown as text, with the rest
        if (!token)
            continue; // a '<' that starts no markup is text
        if (skipUntil) {
            if (isClosing && name === skipUntil) {
                skipUntil = undefined;
                textStart = end;
            }
            continue;
        }
        pushText(decodeEntities(source.slice(textStart, start)));
        textStart = end;
        if (!name)
            continue; // comment, doctype, processing instruction
        if (!isClosing && DROPPED_WITH_CONTENT.has(name)) {
            if (source[end - 2] !== '/')
                skipUntil = name;
            continue;
        }
        if (!isAllowedTag(name))
            continue; // unknown tag: keep its text, drop the tag
        if (isClosing) {
            if (openCounts[name])
                for (let tag = close(); tag && tag !== name; tag = close())
                    ;
        }
        else if (name === 'br') {
            children().push({ tag: 'br', attributes: {}, children: [] });
        }
        else {
            openCounts[name] = (openCounts[name] ?? 0) + 1;
            if (stack.length >= MAX_DEPTH) {
                flattened.push(name);
            }
            else {
                const attributes = [];
                readTagEnd(source, attributesStart, attributes); // read again, now that it is known to end and be kept
                stack.push({ tag: name, attributes: readAttributes(name, attributes, baseUrl), children: [] });
            }
        }
    }
    if (!skipUntil)
        pushText(decodeEntities(source.slice(textStart)));
    while (close())
        ;
    return root;
    function close() {
        let tag = flattened.pop();
        if (!tag) {
            const element = stack.pop();
            if (!element)
                return undefined;
            children().push(element);
            tag = element.tag;
        }
        openCounts[tag] = (openCounts[tag] ?? 1) - 1;
        return tag;
    }
}

const PRECISION_RANK = { year: 0, month: 1, day: 2, time: 3 };
// Digits only: the ranges are checked below. Alternations such as `0[1-9]|1[0-2]`
// made V8 compile this to 14.5 KB of machine code once a timeline had parsed a few dates.
const PATTERN = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(Z|[+-]\d\d:\d\d))?)?)?([~?%])?$/;
/** Parses a partial date; anything else (including impossible dates like `2025-13-45` or `2025-02-30`) gives `null`. */
function parsePartialDate(value) {
    const iso = value.trim();
    const match = PATTERN.exec(iso);
    if (!match)
        return null;
    const [, year, month, day, hour, minute, second, zone, mark] = match;
    const offset = zone === undefined ? undefined : zone === 'Z' ? 0 : Number(`${zone[0]}1`) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    if (+month < 1 || +month > 12 || +day < 1 || +hour > 23 || +minute > 59 || +second > 59 || Math.abs(offset ?? 0) > 18 * 60 + 59 || +(zone?.slice(4) ?? 0) > 59)
        return null;
    const wallClock = new Date(Date.UTC(2000, Number(month ?? 1) - 1, Number(day ?? 1), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0)));
    // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards keeps 0–99 as written.
    wallClock.setUTCFullYear(Number(year));
    if (day && wallClock.getUTCDate() !== Number(day))
        return null; // 30 February rolled over into March
    return {
        offset,
        precision: hour ? 'time' : day ? 'day' : month ? 'month' : 'year',
        approximate: mark === '~' || mark === '%',
        uncertain: mark === '?' || mark === '%',
        iso: mark ? iso.slice(0, -1) : iso,
        start: wallClock.getTime() - (offset ?? 0) * 60_000,
    };
}
/**
 * Orders partial dates by their first instant, then coarser before finer
 * (`2024-12` before `2024-12-01`), so a month sorts before the days of that month.
 * Equal dates compare as 0, which a stable sort turns into file order.
 */
function comparePartialDates(a, b) {
    return a.start - b.start || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/**
 * The known name a misspelt one was most likely meant to be (`contxt` →
 * `context`, `scr` → `src`), for warnings about unknown fields and attributes.
 */
/** Edits between two names, a swap of neighbours counting as one (optimal string alignment). */
function editDistance(a, b) {
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            let distance = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                distance = Math.min(distance, beforePrevious[j - 2] + 1);
            row.push(distance);
        }
        beforePrevious = previous;
        previous = row;
    }
    return previous[b.length];
}
/**
 * The nearest of `known` to `name`, ignoring case, if it is close enough to be
 * a slip: at most 2 edits, and at most a third of the name (`id` is not `src`).
 */
function nearestName(name, known) {
    let nearest;
    let nearestDistance = Math.min(2, Math.ceil(name.length / 3)) + 1;
    for (const candidate of known) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < nearestDistance)
            [nearest, nearestDistance] = [candidate, distance];
    }
    return nearest;
}

/**
 * How deep lists and objects may nest in a document (docs/data-format.md). Real documents
 * nest fewer than 10 deep; 64 stays far below the recursion limits of every
 * engine, Lit's development build included, for whatever walks the document
 * after validation (JSON.stringify, rebasing URLs, rendering).
 */
const MAX_NESTING = 64;
/**
 * The keys that lead from `value` (itself at `depth`, the document at 1) to
 * its first list or object nested deeper than MAX_NESTING, or undefined; the
 * lists in `skip` are not entered. A walk with its own stack, not recursion,
 * so a 100,000-deep input is an answer rather than a RangeError; a cycle in a
 * `data` object counts as too deep.
 */
function findTooDeep(value, depth = 1, skip) {
    const values = [value];
    const depths = [depth];
    const keys = [0];
    // The stack is depth first, so the last container taken at each depth is an ancestor of the next one taken.
    const trail = [];
    while (values.length) {
        const container = values.pop();
        const at = depths.pop() ?? depth;
        trail[at] = keys.pop() ?? 0;
        if (typeof container !== 'object' || container === null || skip?.has(container))
            continue;
        if (at > MAX_NESTING)
            return trail.slice(depth + 1, at + 1);
        const names = Array.isArray(container) ? undefined : Object.keys(container);
        // Pushed last to first, so the first item is walked first.
        for (let index = (names ?? container).length; index--;) {
            const name = names ? names[index] : index;
            const item = container[name];
            if (typeof item !== 'object' || item === null)
                continue;
            values.push(item);
            depths.push(at + 1);
            keys.push(name);
        }
    }
    return undefined;
}

/** What a check returns for a value that failed; the reasons are in the context's issues. */
const INVALID = Symbol();
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `events` + 3 → `events[3]`; `speaker` + `name` → `speaker.name`. */
function joinPath(parent, key) {
    const path = typeof parent === 'string' ? parent : parent();
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}
function fail(context, parent, key, message) {
    context.issues.push({ path: joinPath(parent, key), message, severity: 'error' });
    return INVALID;
}

/**
 * The only parser of untrusted input: JSON in, a normalised model out (URLs
 * resolved or dropped, dates parsed, HTML sanitised, events sorted), or an
 * error. What is left out is reported by JSON path, as docs/widgets.md describes.
 */
/** Versions of the data format this build reads (docs/data-format.md). */
const SUPPORTED_VERSIONS = [1];
function warn(context, path, message) {
    context.issues.push({ path, message, severity: 'warning' });
}
/**
 * Turns the errors raised since `from` into warnings: what failed was optional
 * and is left out. The first error, the reason, says so; it is returned.
 */
function leaveOut(context, from, consequence) {
    let reason;
    for (let index = from; index < context.issues.length; index++) {
        const issue = context.issues[index];
        if (issue.severity === 'warning')
            continue;
        const first = !reason;
        reason ??= issue;
        context.issues[index] = { ...issue, severity: 'warning', message: first ? `${issue.message}; ${consequence}` : issue.message };
    }
    return reason;
}
/**
 * A field no rule reads is most often a misspelt one: warned about, never an
 * error, so a document written for a newer version still renders. `$` keys
 * (`$schema`) are the editor's.
 */
function warnUnknownFields(node, value, path, context, allowed) {
    for (const field of Object.keys(value)) {
        if (Object.hasOwn(node.fields, field) || allowed.includes(field) || field.startsWith('$'))
            continue;
        const nearest = nearestName(field, Object.keys(node.fields));
        warn(context, joinPath(path, field), `unknown field${nearest ? `; did you mean \`${nearest}\`?` : ''}`);
    }
}
function isAbsent(node, value) {
    return value === undefined || value === null || (node.kind === 'text' && !node.allowEmpty && typeof value === 'string' && !/\S/.test(value));
}
/** `allowed`: keys the caller reads (a document's `type` and `version`, a block's `type`). */
function checkObject(node, value, parent, key, context, allowed = []) {
    if (!isObject(value))
        return fail(context, parent, key, 'must be an object');
    const path = () => joinPath(parent, key);
    let required = node.required;
    if (node.conditional && isAbsent(node.fields[node.conditional.unless], value[node.conditional.unless])) {
        required = new Set([...required, ...node.conditional.required]);
    }
    const result = {};
    let valid = true;
    for (const [field, schema] of node.entries) {
        if (isAbsent(schema, value[field])) {
            if (required.has(field))
                valid = !fail(context, path, field, 'is required');
            continue;
        }
        const from = context.issues.length;
        const checked = schema.checkValue(value[field], path, field, context);
        if (checked !== INVALID)
            result[field] = checked;
        else if (required.has(field))
            valid = false;
        else
            leaveOut(context, from, 'ignored');
    }
    // A `src` that was dropped (say `javascript:`) leaves nothing to load: the fields it stood in for are required again.
    if (node.conditional && required === node.required && !(node.conditional.unless in result)) {
        for (const field of node.conditional.required)
            if (!(field in result))
                valid = !fail(context, path, field, 'is required');
    }
    warnUnknownFields(node, value, path, context, allowed);
    if (!valid)
        return INVALID;
    if (!node.finishObject)
        return result;
    const finishing = {
        pathOf: (list, item) => joinPath(joinPath(path, list), context.itemPositions.get(item) ?? 0),
        warn: (at, message) => warn(context, at, message),
    };
    return node.finishObject(result, finishing);
}
/**
 * Checks `value[start…end)` into `items`, and why each item left out failed into `dropped`;
 * INVALID as soon as an item fails in a list that keeps no invalid item.
 */
function checkItems(node, value, path, context, start, end, items, dropped) {
    for (let index = start; index < end; index++) {
        const from = context.issues.length;
        const checked = node.items.checkValue(value[index], path, index, context);
        if (checked === INVALID) {
            if (!node.dropInvalid)
                return INVALID;
            const reason = leaveOut(context, from, 'left out');
            if (reason)
                dropped.push(reason);
            continue;
        }
        if (isObject(checked))
            context.itemPositions.set(checked, index);
        items.push(checked);
    }
    return items;
}
function checkArray(node, value, parent, key, context) {
    if (!Array.isArray(value))
        return fail(context, parent, key, 'must be a list');
    const path = () => joinPath(parent, key);
    const done = context.checkedLists?.get(value);
    let items;
    let dropped;
    if (done) {
        context.issues.push(...done.issues);
        ({ items, dropped } = done);
    }
    else {
        const reasons = [];
        items = checkItems(node, value, path, context, 0, value.length, [], reasons);
        dropped = reasons;
    }
    if (items === INVALID)
        return INVALID;
    if (items.length < node.minItems) {
        // The error alone would leave a reader of the console asking why: it names the first reasons.
        const reasons = dropped.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
        if (dropped.length > 3)
            reasons.push(`${dropped.length - 3} more`);
        return fail(context, parent, key, value.length ? `no valid item left (${reasons.join('; ')})` : `needs at least ${node.minItems} item`);
    }
    return items;
}
function checkRecord(node, value, parent, key, context) {
    if (!isObject(value))
        return fail(context, parent, key, 'must be an object');
    const path = () => joinPath(parent, key);
    const entries = {};
    for (const [name, item] of Object.entries(value)) {
        const from = context.issues.length;
        const checked = node.values.checkValue(item, path, name, context);
        if (checked === INVALID)
            leaveOut(context, from, 'left out');
        else
            entries[name] = checked;
    }
    return entries;
}
function checkVariant(node, value, parent, key, context) {
    if (!isObject(value))
        return fail(context, parent, key, 'must be an object');
    const type = value.type;
    const option = typeof type === 'string' && Object.hasOwn(node.options, type) ? node.options[type] : undefined;
    if (!option)
        return fail(context, joinPath(parent, key), 'type', `unknown type ${JSON.stringify(type)}`);
    const checked = checkObject(option, value, parent, key, context, ['type']);
    return isObject(checked) ? { type, ...checked } : INVALID;
}
/**
 * The error for a value nested deeper than MAX_NESTING (see findTooDeep),
 * checked before anything recurses over the input.
 */
function nestingError(value, at = '', depth = 1, skip) {
    const keys = findTooDeep(value, depth, skip);
    if (!keys)
        return undefined;
    const path = keys.reduce(joinPath, typeof at === 'string' ? at : at());
    return { ok: false, code: 'invalid-data', issues: [{ path, message: `nested deeper than ${MAX_NESTING}`, severity: 'error' }] };
}
/** validateAgainst for an input whose nesting was already checked (see nestingError). */
function checkDocument(schema, type, input, context) {
    let code = 'invalid-data';
    try {
        if (!isObject(input)) {
            fail(context, '', '', 'the document must be a JSON object');
        }
        else if (input.type !== type) {
            fail(context, '', 'type', `must be "${type}", not ${JSON.stringify(input.type)}`);
        }
        else if (input.version !== undefined && !SUPPORTED_VERSIONS.some((version) => version === input.version)) {
            code = 'unsupported-version';
            fail(context, '', 'version', 'unsupported version');
        }
        else {
            const model = checkObject(schema, input, '', '', context, ['type', 'version']);
            // The check built this object from `schema`, whose model type is M.
            if (isObject(model))
                return { ok: true, model: { ...model, type, version: 1 }, issues: context.issues };
        }
    }
    catch (error) {
        // A bug here must not reach the host page: report it like bad data.
        fail(context, '', '', String(error));
    }
    return { ok: false, code, issues: context.issues };
}

/**
 * The vocabulary the data format is written in. One declaration per field in
 * `schema.ts` gives the validator (`validate.ts`), the JSON Schema
 * (`json-schema.ts`) and the TypeScript types of documents and models, so the
 * three cannot drift apart. Nodes are plain data: they work in Node and the browser.
 * The constructors are marked free of side effects, so a bundle that never
 * uses a schema (the quote card and the article's image rules) drops it.
 */
const isString = (value) => typeof value === 'string';
/* @__NO_SIDE_EFFECTS__ */
const text = (options = {}) => ({
    kind: 'text',
    ...options,
    checkValue: (value, parent, key, context) => (isString(value) ? value : fail(context, parent, key, 'must be text')),
});
/* @__NO_SIDE_EFFECTS__ */
const url = () => ({
    kind: 'url',
    checkValue: (value, parent, key, context) => (isString(value) && safeUrl(value, context.baseUrl)) || fail(context, parent, key, 'not an http(s) or relative URL'),
});
/* @__NO_SIDE_EFFECTS__ */
const date = () => ({
    kind: 'date',
    checkValue: (value, parent, key, context) => (isString(value) && parsePartialDate(value)) || fail(context, parent, key, 'not an ISO 8601 date'),
});
/* @__NO_SIDE_EFFECTS__ */
const html = (sanitize) => ({
    kind: 'html',
    sanitize,
    checkValue: (value, parent, key, context) => (isString(value) ? sanitize(value, context.baseUrl) : fail(context, parent, key, 'must be HTML text')),
});
/* @__NO_SIDE_EFFECTS__ */
const lang = () => ({
    kind: 'lang',
    checkValue(value, parent, key, context) {
        try {
            if (isString(value))
                return Intl.getCanonicalLocales(value)[0];
        }
        catch {
            // not a well-formed tag: reported below
        }
        return fail(context, parent, key, 'not a BCP 47 language tag');
    },
});
/* @__NO_SIDE_EFFECTS__ */
const color = () => ({
    kind: 'color',
    checkValue: (value, parent, key, context) => (isString(value) && /^#([\da-f]{3}){1,2}$/i.test(value) ? value : fail(context, parent, key, 'not a #rgb or #rrggbb colour')),
});
/* @__NO_SIDE_EFFECTS__ */
const number = (minimum = -Infinity) => ({
    kind: 'number',
    minimum,
    checkValue: (value, parent, key, context) => typeof value === 'number' && value >= minimum && value < Infinity ? value : fail(context, parent, key, `must be a number ≥ ${minimum}`),
});
/* @__NO_SIDE_EFFECTS__ */
const boolean = () => ({
    kind: 'boolean',
    checkValue: (value, parent, key, context) => (typeof value === 'boolean' ? value : fail(context, parent, key, 'must be true or false')),
});
/* @__NO_SIDE_EFFECTS__ */
const object = (fields, required = [], finish) => ({
    kind: 'object', fields, entries: Object.entries(fields), required: new Set(required), finishObject: finish,
    checkValue(value, parent, key, context) {
        return checkObject(this, value, parent, key, context);
    },
});
/** An object whose `required` fields may be missing when its `unless` field is there. */
/* @__NO_SIDE_EFFECTS__ */
const objectUnless = (unless, fields, required, finish) => ({
    kind: 'object', fields, entries: Object.entries(fields), required: new Set(), conditional: { unless, required }, finishObject: finish,
    checkValue(value, parent, key, context) {
        return checkObject(this, value, parent, key, context);
    },
});
/* @__NO_SIDE_EFFECTS__ */
const array = (items, options = {}) => ({
    kind: 'array', items, minItems: 0, dropInvalid: false, ...options,
    checkValue(value, parent, key, context) {
        return checkArray(this, value, parent, key, context);
    },
});
/* @__NO_SIDE_EFFECTS__ */
const record = (values) => ({
    kind: 'record', values,
    checkValue(value, parent, key, context) {
        return checkRecord(this, value, parent, key, context);
    },
});
/* @__NO_SIDE_EFFECTS__ */
const variant = (options) => ({
    kind: 'variant', options,
    checkValue(value, parent, key, context) {
        return checkVariant(this, value, parent, key, context);
    },
});

/** Pieces more than one document type uses. */
/** Where something was reported: an agency or outlet. */
const sourceSchema = object({ name: text(), url: url() }, ['name']);
/** An image needs `alt`; `""` marks it as decoration. */
const imageSchema = object({ src: url(), alt: text({ allowEmpty: true }), caption: text(), credit: text(), width: number(1), height: number(1) }, ['src', 'alt']);

const quoteFields = {
    id: text(),
    lang: lang(),
    text: text(),
    speaker: object({ name: text(), role: text(), image: url(), url: url() }, ['name']),
    source: sourceSchema,
    date: date(),
    dateLabel: text(),
    context: text(),
    url: url(),
    translation: object({ lang: lang(), text: text() }, ['lang', 'text']),
};
const quoteSchema = object(quoteFields, ['text', 'speaker']);

const eventSchema = object({
    id: text(),
    date: date(),
    end: date(),
    dateLabel: text(),
    title: text(),
    text: text(),
    category: text(),
    location: text(),
    sources: array(sourceSchema, { dropInvalid: true }),
    image: imageSchema,
    url: url(),
}, ['date', 'title']);
/**
 * docs/data-format.md: events in date order whatever their order in the file (ties keep
 * file order: the sort is stable), ids unique (a repeat is left out), unknown
 * categories and spans that end before they start reported and ignored.
 */
function finishTimeline(timeline, { pathOf, warn }) {
    if (!Array.isArray(timeline.events))
        return timeline; // a timeline block given by `src`
    const categories = timeline.categories ?? {};
    const seen = new Set();
    const events = [];
    // Validation put only objects with these fields into `events`.
    const input = timeline.events;
    for (const event of input) {
        const path = () => pathOf('events', event);
        if (event.id !== undefined) {
            if (seen.has(event.id)) {
                warn(`${path()}.id`, `duplicate id ${JSON.stringify(event.id)}; left out`);
                continue;
            }
            seen.add(event.id);
        }
        if (event.category !== undefined && !Object.hasOwn(categories, event.category)) {
            warn(`${path()}.category`, `unknown category ${JSON.stringify(event.category)}; shown without one`);
            delete event.category;
        }
        if (event.end && comparePartialDates(event.end, event.date) < 0) {
            warn(`${path()}.end`, 'ends before it starts; ignored');
            delete event.end;
        }
        events.push(event);
    }
    return { ...timeline, events: events.sort((a, b) => comparePartialDates(a.date, b.date)) };
}
const timelineFields = {
    id: text(),
    lang: lang(),
    title: text(),
    description: text(),
    categories: record(object({ label: text(), color: color() }, ['label'])),
    events: array(eventSchema, { minItems: 1, dropInvalid: true }),
};
const timelineSchema = object(timelineFields, ['events'], finishTimeline);

const blockSchema = variant({
    paragraph: objectUnless('html', { text: text(), html: html(sanitizeHtml) }, ['text']),
    heading: object({ text: text() }, ['text']),
    list: object({ ordered: boolean(), items: array(text(), { minItems: 1, dropInvalid: true }) }, ['items']),
    image: imageSchema,
    // A quote or timeline block holds its own document's fields, or a `src` to load one.
    quote: objectUnless('src', { src: url(), ...quoteFields }, ['text', 'speaker']),
    timeline: objectUnless('src', { src: url(), ...timelineFields }, ['events'], finishTimeline),
});
const articleSchema = object({
    id: text(),
    lang: lang(),
    kicker: text(),
    headline: text(),
    dek: text(),
    dateline: text(),
    published: date(),
    updated: date(),
    authors: array(object({ name: text(), url: url() }, ['name']), { dropInvalid: true }),
    publisher: object({ name: text(), url: url(), logo: url() }, ['name']),
    image: imageSchema,
    body: array(blockSchema, { minItems: 1, dropInvalid: true }),
    tags: array(text(), { dropInvalid: true }),
    url: url(),
}, ['headline', 'body']);

/**
 * Lede's data format, version 1 (docs/data-format.md). Each document type is declared
 * once, in its own module (so a widget ships only its own rules); the
 * validator, `dist/lede.schema.json` and the types all come from those declarations.
 */
const DOCUMENT_TYPES = ['quote', 'timeline', 'article'];
const DOCUMENT_SCHEMAS = {
    quote: quoteSchema,
    timeline: timelineSchema,
    article: articleSchema,
};

function isDocumentType(value) {
    return DOCUMENT_TYPES.some((type) => type === value);
}
/**
 * Validates a document of any type (or of `expectedType`): for tools that do
 * not know in advance what they were given, such as the CLI.
 */
function validateDocument(input, expectedType, baseUrl) {
    // Before the type, so that a 100,000-deep list is named as that.
    const tooDeep = nestingError(input);
    if (tooDeep)
        return tooDeep;
    const found = typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;
    const type = (isDocumentType(found) ? found : undefined);
    if (!type) {
        return {
            ok: false,
            code: 'invalid-data',
            issues: [{ path: 'type', message: `must be one of "${DOCUMENT_TYPES.join('", "')}", not ${JSON.stringify(found)}`, severity: 'error' }],
        };
    }
    return checkDocument(DOCUMENT_SCHEMAS[type], type, input, { issues: [], baseUrl, itemPositions: new WeakMap() });
}

/** Fields that hold a URL wherever they appear in a Lede document (an image's `src`, a source's `url` …). */
const URL_FIELDS = new Set(['url', 'src', 'image', 'logo']);
/** Stands for the article's folder, deep enough that `../` never climbs out of it. */
const PLACE = 'https://lede.invalid/0/1/2/3/4/5/6/7/8/9/';
const PLACE_FOLDERS = new URL(PLACE).pathname.split('/').slice(1, -1);
/** A URL written relative to the document at `from`, rewritten relative to the article that now holds it. */
function rebase(value, from) {
    if (/^[a-z][a-z\d+.-]*:|^[/?#]/i.test(value))
        return value; // absolute, rooted or same-document
    if (/^[a-z][a-z\d+.-]*:/i.test(from))
        return new URL(value, from).href;
    if (from.startsWith('/')) {
        const rooted = new URL(value, new URL(from, PLACE));
        return rooted.pathname + rooted.search + rooted.hash;
    }
    const resolved = new URL(value, new URL(from, PLACE));
    const target = resolved.pathname.split('/').slice(1);
    let common = 0;
    while (common < PLACE_FOLDERS.length && common < target.length - 1 && PLACE_FOLDERS[common] === target[common])
        common++;
    return '../'.repeat(PLACE_FOLDERS.length - common) + target.slice(common).join('/') + resolved.search + resolved.hash;
}
/** `value` (a document or a part of one) with every URL field rebased from `from` (see `rebase`). */
function rebaseAll(value, from, key) {
    if (typeof value === 'string')
        return key !== undefined && URL_FIELDS.has(key) ? rebase(value, from) : value;
    if (Array.isArray(value))
        return value.map((item) => rebaseAll(item, from));
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rebaseAll(item, from, name)]));
}

/** A document `renderToString` cannot render: `code` and `issues` as in `lede-error`. */
class LedeRenderError extends Error {
    constructor(code, issues) {
        super(`invalid Lede document: ${issues.filter((issue) => issue.severity === 'error').map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ')}`);
        this.code = code;
        this.issues = issues;
        this.name = 'LedeRenderError';
    }
}
/** `url` if it is absolute, else undefined. */
function absoluteUrl(url) {
    try {
        return url ? new URL(url).href : undefined;
    }
    catch {
        return undefined; // relative: the browser resolves it against the page
    }
}
/**
 * The model of a document the element loads from `src` (if any): docs/widgets.md has its relative URLs
 * resolve against its own URL, so the server's HTML agrees with the widget: against an absolute
 * src, or rewritten to stay right from the page for a relative one. Throws `LedeRenderError`.
 */
function validateFrom(document, src, baseUrl = absoluteUrl(src)) {
    const result = validateDocument(src && !baseUrl ? rebaseAll(document, src) : document, undefined, baseUrl);
    if (!result.ok)
        throw new LedeRenderError(result.code, result.issues);
    return result.model;
}

/** The classic script's tag: with `integrity` (and so `crossorigin`) when the hash is known. */
function scriptTag({ src, integrity } = cdnScript()) {
    const checked = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
    return `<script src="${escapeHtml(src)}"${checked} async></script>`;
}
/**
 * The embed code for a document: the element with the data inline (or its `src`),
 * fallback content built from the document (the quote as a `<blockquote>`, the
 * timeline as a list, the article's headline and first paragraphs) so the embed
 * reads well before and without the script, and the script tag.
 */
function embedSnippet(document, { src, script, integrity } = {}) {
    // The fallback's links point where the widget's will: from the document's URL, not the page's.
    const model = validateFrom(document, src);
    const tag = `lede-${model.type}`;
    const data = src ? '' : `  <script type="application/json">${scriptJson(document)}</script>\n`;
    const fallback = fallbackHtml(model).replace(/^/gm, '  ');
    return `<${tag}${src ? ` src="${escapeHtml(src)}"` : ''}>
${data}${fallback}
</${tag}>
${scriptTag(script ? { src: script, integrity } : cdnScript())}
`;
}

export { embedSnippet, scriptTag };
