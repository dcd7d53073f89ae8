// The Lede widget block in the editor, written without a build step: WordPress's
// globals only. The preview is the real element from the plugin's lede.js, and the
// issues beside it come from the library's own validator (assets/schema.mjs).
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var useState = wp.element.useState;
	var __ = wp.i18n.__;
	var blockEditor = wp.blockEditor;
	var components = wp.components;

	var TYPES = [ 'quote', 'timeline', 'article' ];
	/** Block attribute → element attribute, the element types that read it, and its choices (free text when none). */
	var SETTINGS = [
		{ key: 'theme', attribute: 'theme', label: __( 'Theme', 'lede-widgets' ), types: TYPES, choices: [ 'light', 'dark', 'auto' ] },
		{ key: 'variant', attribute: 'variant', label: __( 'Variant', 'lede-widgets' ), types: [ 'quote' ], choices: [ 'card', 'pull', 'compact' ] },
		{ key: 'layout', attribute: 'layout', label: __( 'Layout', 'lede-widgets' ), types: [ 'timeline' ], choices: [ 'vertical', 'horizontal' ] },
		{ key: 'order', attribute: 'order', label: __( 'Order', 'lede-widgets' ), types: [ 'timeline' ], choices: [ 'asc', 'desc' ] },
		{ key: 'collapsedAfter', attribute: 'collapsed-after', label: __( 'Collapse after (events)', 'lede-widgets' ), types: [ 'timeline' ] },
		{ key: 'highlight', attribute: 'highlight', label: __( 'Highlight (event id)', 'lede-widgets' ), types: [ 'timeline' ] },
		{ key: 'headingLevel', attribute: 'heading-level', label: __( 'Heading level', 'lede-widgets' ), types: [ 'timeline', 'article' ], choices: [ '1', '2', '3', '4', '5', '6' ] },
		{ key: 'loading', attribute: 'loading', label: __( 'Loading', 'lede-widgets' ), types: TYPES, choices: [ 'eager', 'lazy' ] },
		{ key: 'refresh', attribute: 'refresh', label: __( 'Refresh every (seconds, URL only)', 'lede-widgets' ), types: TYPES },
		{ key: 'locale', attribute: 'locale', label: __( 'Locale (e.g. en, ru, ar)', 'lede-widgets' ), types: TYPES },
	];

	var schemaModule;
	/** The validator, imported once: lede.js is a classic script and exposes none. */
	function loadSchema() {
		if ( ! schemaModule ) schemaModule = import( window.ledeWidgetsEditor.schemaUrl );
		return schemaModule;
	}

	/** The pasted document, or the JSON error as an issue. */
	function parseDocument( text ) {
		if ( ! text.trim() ) return { issues: [] };
		try {
			return { value: JSON.parse( text ), issues: [] };
		} catch ( error ) {
			return { issues: [ { path: '', message: __( 'Not valid JSON: ', 'lede-widgets' ) + error.message, severity: 'error' } ] };
		}
	}

	/**
	 * The document as stored in the block's attribute: `<`, `>` and `&` as \u escapes.
	 * WordPress runs kses over every block attribute of a user without unfiltered_html
	 * (authors, contributors), and kses strips or rewrites those three characters; JSON
	 * has them only inside strings, where the escapes read back as the same characters.
	 */
	function ksesSafe( text ) {
		return text.replace( /[<>&]/g, function ( character ) {
			return '\\u00' + character.charCodeAt( 0 ).toString( 16 );
		} );
	}

	function isHttpUrl( value ) {
		return /^https?:\/\/\S+$/i.test( value );
	}

	/** The real widget, rebuilt whenever an attribute changes; it reports URL documents' issues. */
	function Preview( props ) {
		var host = useRef( null );
		var attributes = props.attributes;
		useEffect(
			function () {
				var container = host.current;
				container.textContent = '';
				var element = document.createElement( 'lede-' + attributes.widgetType );
				SETTINGS.forEach( function ( setting ) {
					var value = attributes[ setting.key ];
					if ( value && setting.types.indexOf( attributes.widgetType ) >= 0 ) element.setAttribute( setting.attribute, value );
				} );
				if ( attributes.source === 'url' ) {
					if ( ! isHttpUrl( attributes.src ) ) return;
					element.setAttribute( 'src', attributes.src );
					var report = function ( event ) {
						props.onIssues( event.detail.issues || [] );
					};
					element.addEventListener( 'lede-load', report );
					element.addEventListener( 'lede-error', report );
				} else {
					var parsed = parseDocument( attributes.document );
					if ( parsed.value === undefined ) return;
					element.data = parsed.value;
				}
				container.appendChild( element );
			},
			[ attributes ]
		);
		return el( 'div', { className: 'lede-widgets-editor__preview', ref: host } );
	}

	function Issues( props ) {
		var issues = props.issues;
		return el(
			'div',
			{ className: 'lede-widgets-editor__issues', 'data-count': issues.length, role: 'status' },
			el( 'p', { className: 'lede-widgets-editor__issues-title' }, issues.length ? __( 'Issues', 'lede-widgets' ) + ' (' + issues.length + ')' : __( 'No issues', 'lede-widgets' ) ),
			issues.length
				? el(
						'ul',
						null,
						issues.map( function ( issue, index ) {
							return el( 'li', { key: index, 'data-severity': issue.severity }, el( 'code', null, issue.path || '(document)' ), ' ', issue.message );
						} )
				  )
				: null
		);
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var issuesState = useState( [] );
		var issues = issuesState[ 0 ];
		var setIssues = issuesState[ 1 ];

		useEffect(
			function () {
				if ( attributes.source === 'url' ) return setIssues( [] );
				var parsed = parseDocument( attributes.document );
				if ( parsed.value === undefined ) return setIssues( parsed.issues );
				var current = true;
				loadSchema()
					.then( function ( schema ) {
						if ( current ) setIssues( schema.validateDocument( parsed.value, attributes.widgetType ).issues );
					} )
					.catch( function ( error ) {
						if ( current ) setIssues( [ { path: '', message: __( 'The validator did not load: ', 'lede-widgets' ) + error.message, severity: 'error' } ] );
					} );
				return function () {
					current = false;
				};
			},
			[ attributes.source, attributes.document, attributes.widgetType ]
		);

		function setDocument( text ) {
			var parsed = parseDocument( text );
			var type = parsed.value && parsed.value.type;
			var document = ksesSafe( text );
			setAttributes( TYPES.indexOf( type ) >= 0 ? { document: document, widgetType: type } : { document: document } );
		}

		var settings = SETTINGS.filter( function ( setting ) {
			return setting.types.indexOf( attributes.widgetType ) >= 0;
		} ).map( function ( setting ) {
			var change = function ( value ) {
				var update = {};
				update[ setting.key ] = value;
				setAttributes( update );
			};
			return setting.choices
				? el( components.SelectControl, {
						key: setting.key,
						label: setting.label,
						value: attributes[ setting.key ],
						options: [ { label: __( 'Default', 'lede-widgets' ), value: '' } ].concat(
							setting.choices.map( function ( choice ) {
								return { label: choice, value: choice };
							} )
						),
						onChange: change,
				  } )
				: el( components.TextControl, { key: setting.key, label: setting.label, value: attributes[ setting.key ], onChange: change } );
		} );

		var source =
			attributes.source === 'url'
				? el( components.TextControl, {
						label: __( 'Document URL', 'lede-widgets' ),
						type: 'url',
						value: attributes.src,
						onChange: function ( value ) {
							setAttributes( { src: value } );
						},
				  } )
				: el(
						'div',
						{ className: 'lede-widgets-editor__document' },
						el( components.TextareaControl, {
							label: __( 'Document (JSON): paste it here', 'lede-widgets' ),
							rows: 6,
							value: attributes.document,
							onChange: setDocument,
						} ),
						el(
							components.FormFileUpload,
							{
								accept: 'application/json,.json',
								variant: 'secondary',
								onChange: function ( event ) {
									var file = event.target.files && event.target.files[ 0 ];
									if ( file ) file.text().then( setDocument );
								},
							},
							__( 'Upload a JSON file', 'lede-widgets' )
						)
				  );

		return el(
			'div',
			blockEditor.useBlockProps( { className: 'lede-widgets-editor' } ),
			el( blockEditor.InspectorControls, null, el( components.PanelBody, { title: __( 'Widget attributes', 'lede-widgets' ) }, settings ) ),
			el(
				'div',
				{ className: 'lede-widgets-editor__source' },
				el( components.SelectControl, {
					label: __( 'Widget', 'lede-widgets' ),
					value: attributes.widgetType,
					options: [
						{ label: __( 'Quote', 'lede-widgets' ), value: 'quote' },
						{ label: __( 'Timeline', 'lede-widgets' ), value: 'timeline' },
						{ label: __( 'Article', 'lede-widgets' ), value: 'article' },
					],
					onChange: function ( value ) {
						setAttributes( { widgetType: value } );
					},
				} ),
				el( components.RadioControl, {
					label: __( 'Data', 'lede-widgets' ),
					selected: attributes.source,
					options: [
						{ label: __( 'Paste or upload JSON', 'lede-widgets' ), value: 'json' },
						{ label: __( 'URL of a document', 'lede-widgets' ), value: 'url' },
					],
					onChange: function ( value ) {
						setAttributes( { source: value } );
					},
				} )
			),
			source,
			el(
				'div',
				{ className: 'lede-widgets-editor__result' },
				el( Preview, { attributes: attributes, onIssues: setIssues } ),
				el( Issues, { issues: issues } )
			)
		);
	}

	wp.blocks.registerBlockType( 'lede/widget', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp );
